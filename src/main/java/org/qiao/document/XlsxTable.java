// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet .xlsx table written row by row: only a window of rows is kept in memory (POI's SXSSF), so a list of
 * any length can be written. Amounts ({@link BigDecimal}) become numeric cells shown with 2 decimals, dates date
 * cells, whole numbers numeric cells, everything else text. The file appears only when complete: rows go to a
 * temporary file beside the target, which replaces the target on {@link #finish()}.
 */
public final class XlsxTable implements AutoCloseable {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private final Path target;
    private final Path partial;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle amountStyle;
    private final CellStyle dateStyle;
    private final int columns;
    private int nextRow;
    private boolean finished;

    /** Starts a table with a bold header row; {@code sheetName} at most 31 characters. */
    public XlsxTable(Path target, String sheetName, List<String> headers) throws IOException {
        this.target = Objects.requireNonNull(target).toAbsolutePath();
        this.partial = this.target.resolveSibling(this.target.getFileName() + ".part");
        this.sheet = workbook.createSheet(sheetName);
        this.columns = headers.size();
        amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            // Wide enough for a case number or a company name; SXSSF cannot autosize flushed rows.
            sheet.setColumnWidth(i, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds one row; {@code null} leaves a cell empty. */
    public void add(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < Math.min(values.size(), columns); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal amount) {
                // Exact to the fen on screen; a spreadsheet holds doubles, which show 2 decimals exactly.
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(amountStyle);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Integer || value instanceof Long) {
                cell.setCellValue(((Number) value).doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Rows written so far, without the header. */
    public int rows() {
        return nextRow - 1;
    }

    /** Writes the file; until then the target is untouched. */
    public void finish() throws IOException {
        try (OutputStream out = Files.newOutputStream(partial)) {
            workbook.write(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        finished = true;
    }

    /** Releases the temporary files; a table not finished leaves no file behind. */
    @Override
    public void close() throws IOException {
        workbook.close();
        if (!finished) {
            Files.deleteIfExists(partial);
        }
    }
}
