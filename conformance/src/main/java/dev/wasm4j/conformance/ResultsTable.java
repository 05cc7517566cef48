package dev.wasm4j.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committed conformance table ({@code conformance/RESULTS.md}): per spec file and backend, how many
 * commands pass out of how many. Reads and writes the Markdown table, and finds regressions.
 */
public final class ResultsTable {
    /** file -> backend -> {passed, total}. */
    private final Map<String, Map<String, int[]>> cells = new TreeMap<>();

    public void put(String file, String backend, int passed, int total) {
        cells.computeIfAbsent(file, f -> new TreeMap<>()).put(backend, new int[] {passed, total});
    }

    public void put(String backend, FileResult result) {
        put(result.file(), backend, result.passed(), result.total());
    }

    /** Passed count recorded for (file, backend), or -1 when the table has no such cell. */
    public int passed(String file, String backend) {
        int[] cell = cells.getOrDefault(file, Map.of()).get(backend);
        return cell == null ? -1 : cell[0];
    }

    public Set<String> backends() {
        Set<String> all = new TreeSet<>();
        cells.values().forEach(m -> all.addAll(m.keySet()));
        return all;
    }

    /** Lines describing each (file, backend) whose passed count in {@code now} is below this table's. */
    public List<String> regressionsIn(ResultsTable now) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, int[]>> row : cells.entrySet()) {
            for (Map.Entry<String, int[]> cell : row.getValue().entrySet()) {
                int before = cell.getValue()[0];
                int after = now.passed(row.getKey(), cell.getKey());
                if (after >= 0 && after < before) {
                    out.add(row.getKey() + " on " + cell.getKey() + ": " + after + " passed, " + before
                            + " before");
                }
            }
        }
        return out;
    }

    public static ResultsTable read(Path file) throws IOException {
        ResultsTable table = new ResultsTable();
        if (!Files.exists(file)) {
            return table;
        }
        List<String> backends = null;
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cols = line.substring(1).split("\\|");
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].trim();
            }
            if (cols[0].equals("file")) {
                backends = List.of(cols).subList(1, cols.length);
            } else if (backends != null && !cols[0].startsWith("-") && !cols[0].startsWith("**")) {
                for (int i = 0; i < backends.size() && i + 1 < cols.length; i++) {
                    String[] pt = cols[i + 1].split("/");
                    if (pt.length == 2) {
                        table.put(cols[0].replace("`", ""), backends.get(i), Integer.parseInt(pt[0].trim()),
                                Integer.parseInt(pt[1].trim()));
                    }
                }
            }
        }
        return table;
    }

    public void write(Path file, String preamble) throws IOException {
        List<String> backends = new ArrayList<>(backends());
        StringBuilder sb = new StringBuilder(preamble).append('\n');
        sb.append("| file |");
        backends.forEach(b -> sb.append(' ').append(b).append(" |"));
        sb.append("\n|---|");
        backends.forEach(b -> sb.append("---|"));
        sb.append('\n');
        long[][] sums = new long[backends.size()][2];
        for (Map.Entry<String, Map<String, int[]>> row : cells.entrySet()) {
            sb.append("| `").append(row.getKey()).append("` |");
            for (int i = 0; i < backends.size(); i++) {
                int[] cell = row.getValue().get(backends.get(i));
                if (cell == null) {
                    sb.append(" - |");
                } else {
                    sb.append(' ').append(cell[0]).append('/').append(cell[1]).append(" |");
                    sums[i][0] += cell[0];
                    sums[i][1] += cell[1];
                }
            }
            sb.append('\n');
        }
        sb.append("| **total** |");
        for (long[] s : sums) {
            sb.append(" **").append(s[0]).append('/').append(s[1]).append("** |");
        }
        sb.append('\n');
        Files.writeString(file, sb.toString());
    }
}
