// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reference-data CSV dialect shared by the holiday calendar and the region list: UTF-8 text handed in as a
 * {@link Reader}, {@code #} comment lines, blank lines, one optional header line, comma-separated fields without
 * quoting. Rows keep their line number so that an administrator can be told where a mistake is.
 */
public final class DataCsv {

    /** One data line: its 1-based line number in the file and its stripped fields. */
    public record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        public String field(int index) {
            return fields.get(index);
        }
    }

    private DataCsv() {
    }

    /**
     * The data rows of {@code reader}. The last field keeps any further commas, so a name may contain one.
     *
     * @param header the header line to skip when it is the first non-comment line (compared ignoring case)
     * @param columns how many fields each row must have
     * @throws QiaoException {@code data.csv.columns} (line, expected, found) or {@code data.csv.read}
     */
    public static List<Row> read(Reader reader, String header, int columns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String text;
            int line = 0;
            boolean first = true;
            while ((text = in.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                String stripped = text.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                boolean isHeader = first && stripped.equalsIgnoreCase(header);
                first = false;
                if (isHeader) {
                    continue;
                }
                String[] fields = stripped.split(",", columns);
                if (fields.length != columns) {
                    throw new QiaoException("data.csv.columns", String.valueOf(line), String.valueOf(columns),
                        String.valueOf(fields.length));
                }
                rows.add(new Row(line, Arrays.stream(fields).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new QiaoException(e, "data.csv.read", String.valueOf(e.getMessage()));
        }
        return rows;
    }
}
