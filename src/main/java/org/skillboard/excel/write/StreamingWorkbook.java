package org.skillboard.excel.write;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF tuned for large exports through the two hooks {@link SXSSFWorkbook} offers for it (both
 * protected, for subclasses): the zip it writes, compressed at a faster level than zlib's default, and
 * each sheet's temporary file, behind a buffer without a lock. SXSSF writes a cell's XML in many small
 * pieces and its default {@code BufferedWriter} takes a lock for each: issue 13 measured the history
 * export about 20% slower in CPU without this buffer (docs/benchmarks.md).
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

    private final int compression;

    /**
     * @param rowWindow rows kept in memory per sheet
     * @param compression zlib level, 1 (fastest) to 9
     */
    public StreamingWorkbook(int rowWindow, int compression) {
        super(rowWindow);
        this.compression = compression;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(compression);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            public Writer createWriter(File file) throws IOException {
                return new UnsharedBuffer(new OutputStreamWriter(decorateOutputStream(new FileOutputStream(file)),
                        StandardCharsets.UTF_8));
            }
        };
    }

    /** A writer's buffer for one thread: no lock per write. */
    private static final class UnsharedBuffer extends Writer {

        private final Writer out;
        private final char[] buffer = new char[1 << 16];
        private int used;
        private boolean closed;

        UnsharedBuffer(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == buffer.length) {
                    drain();
                }
                int n = Math.min(length, buffer.length - used);
                text.getChars(offset, offset + n, buffer, used);
                used += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == buffer.length) {
                    drain();
                }
                int n = Math.min(length, buffer.length - used);
                System.arraycopy(chars, offset, buffer, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** Closes once: SXSSF closes a sheet's writer when it writes the workbook and again when disposing. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                drain();
                out.close();
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
