package org.skillboard.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a part whose single pieces of markup (a tag with its attributes, a comment, a CDATA section, a
 * processing instruction) are longer than a limit, as its bytes stream past, before a parser holds such a
 * piece in memory.
 *
 * <p>XML parsers hold a whole attribute value or comment in memory before they hand it on, and the JDK's
 * sets no limit on their length (it limits names to 1,000 characters). Text between tags is not limited
 * here: the JDK's parser hands it on in chunks, and the readers limit the values they keep (a cell's text to
 * 32,767 characters), or the packaging limits stop it as a zip bomb. The packaging limits still let a part of a few megabytes unpack to
 * a comment of hundreds of megabytes (a ratio below that of a zip bomb), which would take the whole heap of
 * the server. Spreadsheet programs write pieces of at most a few kilobytes (a cell holds at most 32,767
 * characters), so a megabyte is far beyond anything real.
 *
 * <p>A document type declaration is refused as soon as it starts (as {@link SafeXml} refuses it), and so
 * is a part that is not UTF-8 (spreadsheet programs write every part in UTF-8), since its bytes would not
 * show where its pieces end.
 */
final class XmlPieceLimit extends FilterInputStream {

    /** The longest piece of XML a part may hold, in bytes. */
    static final int MAX_PIECE_BYTES = 1024 * 1024;

    private enum State {
        TEXT, LESS_THAN, BANG, BANG_DASH, TAG, QUOTED, COMMENT, CDATA, INSTRUCTION
    }

    private final int limit;
    private State state = State.TEXT;
    private long piece;
    private boolean first = true;
    private byte quote;
    /** How many of the closing character came last, in a comment, CDATA section or instruction. */
    private int closings;

    XmlPieceLimit(InputStream in) {
        this(in, MAX_PIECE_BYTES);
    }

    XmlPieceLimit(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(read, 0); i++) {
            see(buffer[i]);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must be seen
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        // bytes read again after a reset would be seen twice
        return false;
    }

    @Override
    public void mark(int readLimit) {
        // not supported
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark and reset are not supported");
    }

    private void see(byte b) throws IOException {
        // UTF-16 and UTF-32 begin with a byte-order mark or hold zero bytes; XML 1.0 allows no NUL at all
        if (b == 0 || first && (b == (byte) 0xFE || b == (byte) 0xFF)) {
            throw new Refusals.Unpack(new SpreadsheetRefusal("spreadsheet.error.damaged"));
        }
        first = false;
        if (state != State.TEXT && ++piece > limit) {
            throw new Refusals.Unpack(new SpreadsheetRefusal("spreadsheet.error.xml-too-long",
                    limit / (1024 * 1024)));
        }
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    begin(State.LESS_THAN);
                }
            }
            case LESS_THAN -> {
                if (b == '!') {
                    state = State.BANG;
                } else if (b == '?') {
                    state = State.INSTRUCTION;
                } else {
                    inTag(b);
                }
            }
            case BANG -> {
                if (b == '-') {
                    state = State.BANG_DASH;
                } else if (b == '[') {
                    state = State.CDATA;
                } else {
                    // <!DOCTYPE, and the declarations that only a document type holds
                    throw new Refusals.Unpack(new SpreadsheetRefusal("spreadsheet.error.entities"));
                }
            }
            case BANG_DASH -> {
                if (b == '-') {
                    state = State.COMMENT;
                } else {
                    // "<!-" without a second dash is not XML: read on as a tag, the parser refuses it
                    inTag(b);
                }
            }
            case TAG -> inTag(b);
            case QUOTED -> {
                if (b == quote) {
                    state = State.TAG;
                }
            }
            case COMMENT -> endsAfter(b, (byte) '-', 2);
            case CDATA -> endsAfter(b, (byte) ']', 2);
            case INSTRUCTION -> endsAfter(b, (byte) '?', 1);
        }
    }

    /** A byte inside a tag: a quote opens an attribute value, which may hold {@code >}; {@code >} ends the tag. */
    private void inTag(byte b) {
        state = State.TAG;
        if (b == '"' || b == '\'') {
            quote = b;
            state = State.QUOTED;
        } else if (b == '>') {
            begin(State.TEXT);
        }
    }

    /**
     * A byte of a comment, CDATA section or instruction, which ends at {@code >} right after {@code count} of
     * {@code closing} ({@code -->}, {@code ]]>}, {@code ?>}); the opening's own dashes do not count.
     */
    private void endsAfter(byte b, byte closing, int count) {
        if (b == '>' && closings >= count) {
            begin(State.TEXT);
        } else {
            closings = b == closing ? closings + 1 : 0;
        }
    }

    private void begin(State next) {
        state = next;
        // a piece of markup counts from its "<"
        piece = next == State.TEXT ? 0 : 1;
        closings = 0;
    }
}
