package dev.ec2lite.signing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The headers SigV4 signs, in its order: unsigned ones left out, sorted by lower-case name, the
 * lines of a repeated name kept in their original order so their values join in that order.
 *
 * <p>Names are lower-cased as they are compared and written, not copied: an ASCII name is kept as
 * the caller wrote it, and only a name with other characters is lower-cased up front (the rule is
 * {@code Locale.ROOT}'s). The arrays are reused from one signature to the next, so an instance
 * belongs to one thread at a time.
 */
final class CanonicalHeaders {
    /**
     * Headers that proxies and HTTP stacks add, drop or rewrite on the way, so signing them would
     * break the signature; AWS's own signers leave them out for that reason (the published suite's
     * README lists the same set).
     */
    private static final String[] UNSIGNED_NAMES = {
        "authorization", "user-agent", "x-amzn-trace-id", "connection", "upgrade", "transfer-encoding", "expect"
    };

    private static final String UNSIGNED_PREFIX = "sec-websocket-";

    private static final long UNSIGNED_NAME_LENGTHS = lengthsOf(UNSIGNED_NAMES);

    private Header[] headers = new Header[8];
    /** The name each header sorts by: its own when ASCII, else its lower-case form. */
    private String[] names = new String[8];

    private int count;

    /**
     * Where {@link #writeLines} last wrote each name, {@code [nameFrom[i], nameTo[i])} of {@code
     * linesWrittenTo}, and where {@link #writeNames} last wrote them all, {@code [namesFrom, namesTo)}
     * of {@code namesWrittenTo}: a signature writes the names three times, and copies them the second
     * and third. Valid until the next {@link #sort} or {@link #clear}; the signer clears this and the
     * buffer together.
     */
    private TextBuffer linesWrittenTo;

    private int[] nameFrom = new int[8];
    private int[] nameTo = new int[8];
    private int distinctNames;
    private TextBuffer namesWrittenTo;

    private int namesFrom;
    private int namesTo;

    /**
     * Takes the signed headers of {@code source}, sorted.
     *
     * @param skipIndex the index of a header in {@code source} that is sent but not signed, or -1
     */
    void sort(List<Header> source, int skipIndex) {
        clear();
        if (headers.length < source.size()) {
            headers = new Header[source.size()];
            names = new String[source.size()];
            nameFrom = new int[source.size()];
            nameTo = new int[source.size()];
        }
        for (int i = 0; i < source.size(); i++) {
            Header header = source.get(i);
            String name = sortName(header.name());
            if (i == skipIndex || isUnsigned(name)) {
                continue;
            }
            // Insertion sort, stable: a handful of headers, and a repeated name lands after its earlier lines.
            int at = count;
            while (at > 0 && Ascii.compareIgnoreCase(names[at - 1], name) > 0) {
                headers[at] = headers[at - 1];
                names[at] = names[at - 1];
                at--;
            }
            headers[at] = header;
            names[at] = name;
            count++;
        }
    }

    /** One {@code name:value} line per name, repeated names' values joined by {@code ,}. */
    void writeLines(TextBuffer out) {
        int written = 0;
        for (int i = 0; i < count; ) {
            int end = nextName(i);
            nameFrom[written] = out.length();
            out.appendAsciiLowerCase(names[i]);
            nameTo[written++] = out.length();
            out.append(':');
            for (int same = i; same < end; same++) {
                if (same > i) {
                    out.append(',');
                }
                String value = headers[same].value();
                if (!out.appendIfFoldedAscii(value)) {
                    out.append(foldWhitespace(value));
                }
            }
            out.append('\n');
            i = end;
        }
        linesWrittenTo = out;
        distinctNames = written;
    }

    /** The signed header names, lower case, joined by {@code ;}: {@code SignedHeaders=} of SigV4. */
    void writeNames(TextBuffer out) {
        int from = out.length();
        if (linesWrittenTo == out) {
            // Right after the lines, in the canonical request: copy each name from its line.
            for (int i = 0; i < distinctNames; i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.appendCopy(nameFrom[i], nameTo[i]);
            }
        } else {
            for (int i = 0; i < count; i = nextName(i)) {
                if (i > 0) {
                    out.append(';');
                }
                out.appendAsciiLowerCase(names[i]);
            }
        }
        namesWrittenTo = out;
        namesFrom = from;
        namesTo = out.length();
    }

    /**
     * Writes the names again: copied from where {@link #writeNames} last wrote them when that was
     * into {@code out} (a signature writes them twice, in the canonical request and in {@code
     * Authorization}), else written afresh.
     */
    void writeNamesAgain(TextBuffer out) {
        if (namesWrittenTo == out && namesTo <= out.length()) {
            out.appendCopy(namesFrom, namesTo);
        } else {
            writeNames(out);
        }
    }

    /** Drops the references to the last request's headers. */
    void clear() {
        Arrays.fill(headers, 0, count, null);
        Arrays.fill(names, 0, count, null);
        count = 0;
        linesWrittenTo = null;
        namesWrittenTo = null;
    }

    /** The number of signed header lines, counting a repeated name once per line. */
    int lineCount() {
        return count;
    }

    /** The lower-case name of line {@code i}. */
    String name(int i) {
        return Ascii.toLowerCase(names[i]);
    }

    /** The value of line {@code i}, trimmed and folded. */
    String value(int i) {
        return foldWhitespace(headers[i].value());
    }

    /** The index of the first line after {@code i} with another name. */
    private int nextName(int i) {
        int next = i + 1;
        while (next < count && sameName(names[next], names[i])) {
            next++;
        }
        return next;
    }

    /**
     * Whether two sort names are one name. The lengths first: names that sort next to each other
     * mostly differ in length, which settles it without a look at the chars.
     */
    private static boolean sameName(String a, String b) {
        return a.length() == b.length() && Ascii.compareIgnoreCase(a, b) == 0;
    }

    private static String sortName(String name) {
        return Ascii.isAscii(name) ? name : name.toLowerCase(Locale.ROOT);
    }

    private static boolean isUnsigned(String name) {
        // The lengths first: every header is checked, and most have a length no unsigned name has.
        int length = name.length();
        if (length < Long.SIZE && (UNSIGNED_NAME_LENGTHS & (1L << length)) != 0) {
            for (String unsigned : UNSIGNED_NAMES) {
                if (Ascii.equalsIgnoreCase(name, unsigned)) {
                    return true;
                }
            }
        }
        return Ascii.startsWithIgnoreCase(name, UNSIGNED_PREFIX);
    }

    /** Bit n set when an unsigned name has n chars. */
    private static long lengthsOf(String[] names) {
        long lengths = 0;
        for (String name : names) {
            lengths |= 1L << name.length(); // all are shorter than 64
        }
        return lengths;
    }

    /** Trimmed, inner runs of white space folded to one space; most values already are, and are kept. */
    static String foldWhitespace(String value) {
        if (isFolded(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * True when {@link #foldWhitespace} would return {@code value} unchanged: no white space at either
     * end, and none inside but single spaces.
     */
    private static boolean isFolded(String value) {
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if (c > ' ' && c < 0x7F) {
                continue; // printable ASCII, most of any value: no need to ask Character.isWhitespace
            }
            if (c == ' ') {
                if (i == 0 || i == last || Character.isWhitespace(value.charAt(i + 1))) {
                    return false;
                }
            } else if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
