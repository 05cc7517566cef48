;; Byte-wise kernels over 4 MiB of linear memory: every step is a load or store, so the cost of one
;; memory access (bounds check included) dominates.
(module
  (memory (export "memory") 64)

  ;; The number of primes below $limit, by a sieve of Eratosthenes over bytes [0, $limit)
  ;; (0 = still a candidate, 1 = crossed out).
  (func (export "sieve") (param $limit i32) (result i32)
    (local $i i32) (local $j i32) (local $count i32)
    (block $cleared
      (loop $clear
        (br_if $cleared (i32.ge_u (local.get $i) (local.get $limit)))
        (i32.store8 (local.get $i) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $clear)))
    (local.set $i (i32.const 2))
    (block $crossed
      (loop $next_prime
        (br_if $crossed (i32.ge_u (i32.mul (local.get $i) (local.get $i)) (local.get $limit)))
        (if (i32.eqz (i32.load8_u (local.get $i)))
          (then
            (local.set $j (i32.mul (local.get $i) (local.get $i)))
            (block $done
              (loop $cross_out
                (br_if $done (i32.ge_u (local.get $j) (local.get $limit)))
                (i32.store8 (local.get $j) (i32.const 1))
                (local.set $j (i32.add (local.get $j) (local.get $i)))
                (br $cross_out)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next_prime)))
    (local.set $i (i32.const 2))
    (block $counted
      (loop $count_candidates
        (br_if $counted (i32.ge_u (local.get $i) (local.get $limit)))
        (local.set $count
          (i32.add (local.get $count) (i32.eqz (i32.load8_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count_candidates)))
    (local.get $count))

;; Fletcher-style sums of bytes [0, $length): $low adds the bytes, $high adds the running $low; both
  ;; wrap at 32 bits and the result is ($high << 16) ^ $low. One add per byte on the critical path, so the
  ;; byte load itself is what is measured (a multiplying hash such as FNV would be bound by the multiply).
  (func (export "checksum") (param $length i32) (result i32)
    (local $i i32) (local $low i32) (local $high i32)
    (block $done
      (loop $next_byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $length)))
        (local.set $low (i32.add (local.get $low) (i32.load8_u (local.get $i))))
        (local.set $high (i32.add (local.get $high) (local.get $low)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next_byte)))
    (i32.xor (i32.shl (local.get $high) (i32.const 16)) (local.get $low))))
