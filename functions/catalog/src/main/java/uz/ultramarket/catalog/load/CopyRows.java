package uz.ultramarket.catalog.load;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into one table with {@code COPY … FROM STDIN} in PostgreSQL's text format: a tab between values,
 * {@code \N} for NULL, backslash escapes for the characters the format reserves. Sent in chunks, never held whole.
 */
final class CopyRows implements AutoCloseable {

    private static final int CHUNK_CHARS = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK_CHARS + 4096);

    /** @param target a table and its columns, e.g. {@code brand (id, slug, name)} */
    CopyRows(CopyManager copyApi, String target) throws SQLException {
        this.copy = copyApi.copyIn("COPY " + target + " FROM STDIN");
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) buffer.append('\t');
            if (values[i] == null) {
                buffer.append("\\N");
            } else {
                escape(values[i].toString());
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK_CHARS) flush();
    }

    /** A PostgreSQL array literal of texts: {@code {"a","b \"c\""}}. */
    static String textArray(List<String> values) {
        var literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) literal.append(',');
            literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }
}
