;; Two kernels over linear memory, each written twice with the same result: with 128-bit SIMD
;; instructions (16 bytes or 4 i32 lanes per step) and as the plain scalar loop. The operands are written
;; by the host: $length bytes at 0 and, for the dot product, $length more right after them.
(module
  ;; 2 MiB: two operands of up to 1 MiB each.
  (memory (export "memory") 32)

  ;; The dot product of the i32 arrays at [0, $length) and [$length, 2 * $length), wrapping at 32 bits.
  ;; $length is in bytes, a multiple of 16.
  (func (export "dot_simd") (param $length i32) (result i32)
    (local $i i32) (local $sums v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $length)))
        (local.set $sums
          (i32x4.add (local.get $sums)
            (i32x4.mul (v128.load (local.get $i))
                       (v128.load (i32.add (local.get $i) (local.get $length))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $sums)) (i32x4.extract_lane 1 (local.get $sums)))
      (i32.add (i32x4.extract_lane 2 (local.get $sums)) (i32x4.extract_lane 3 (local.get $sums)))))

  (func (export "dot_scalar") (param $length i32) (result i32)
    (local $i i32) (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $length)))
        (local.set $sum
          (i32.add (local.get $sum)
            (i32.mul (i32.load (local.get $i))
                     (i32.load (i32.add (local.get $i) (local.get $length))))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $next)))
    (local.get $sum))

  ;; How many of the bytes [0, $length) equal the low byte of $needle. $length is a multiple of 16.
  ;; SIMD: compare 16 bytes at once, gather the 16 lane results into bits and count them.
  (func (export "count_simd") (param $length i32) (param $needle i32) (result i32)
    (local $i i32) (local $count i32) (local $needles v128)
    (local.set $needles (i8x16.splat (local.get $needle)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $length)))
        (local.set $count
          (i32.add (local.get $count)
            (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load (local.get $i)) (local.get $needles))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (local.get $count))

  (func (export "count_scalar") (param $length i32) (param $needle i32) (result i32)
    (local $i i32) (local $count i32)
    (local.set $needle (i32.and (local.get $needle) (i32.const 0xff)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $length)))
        (local.set $count
          (i32.add (local.get $count) (i32.eq (i32.load8_u (local.get $i)) (local.get $needle))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $count)))
