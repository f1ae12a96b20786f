package dev.ec2lite.signing;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The headers of a signed request: the signer appends them while it signs, after which nothing
 * changes them (every {@code List} method that would, throws). One object over one array, where an
 * {@code ArrayList} shown through an unmodifiable view is three, and a signature makes one of these.
 */
final class HeaderList extends AbstractList<Header> implements RandomAccess {
    private final Header[] headers;
    private int size;

    /** @param capacity the most headers that will be appended */
    HeaderList(int capacity) {
        this.headers = new Header[capacity];
    }

    /** For the signer only, before it hands the list over. */
    void append(Header header) {
        headers[size++] = header;
    }

    @Override
    public Header get(int index) {
        Objects.checkIndex(index, size);
        return headers[index];
    }

    @Override
    public int size() {
        return size;
    }
}
