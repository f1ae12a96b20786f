package dev.ec2lite.http.internal;

import java.util.Arrays;

/**
 * Finds the subject of a DER-encoded X.509 certificate without decoding the rest (RFC 5280, 4.1):
 *
 * <pre>
 * Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
 * TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber INTEGER, signature SEQUENCE,
 *                               issuer Name, validity SEQUENCE, subject Name, ... }
 * </pre>
 *
 * Every length is checked against its enclosing element, so a truncated or hostile input is refused, never
 * read out of bounds.
 */
final class DerCertificate {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int CONTEXT_0 = 0xA0;

    private DerCertificate() {}

    /** The subject Name's whole encoding (tag, length, content); null when {@code der} is no certificate. */
    static byte[] subjectOf(byte[] der) {
        Element certificate = Element.at(der, 0, der.length);
        if (certificate == null || certificate.tag != SEQUENCE || certificate.end != der.length) {
            return null;
        }
        Element tbs = Element.at(der, certificate.contentStart, certificate.end);
        if (tbs == null || tbs.tag != SEQUENCE) {
            return null;
        }
        int position = tbs.contentStart;
        Element version = Element.at(der, position, tbs.end);
        if (version != null && version.tag == CONTEXT_0) {
            position = version.end;
        }
        // serialNumber, signature, issuer, validity: skipped
        for (int tag : new int[] {INTEGER, SEQUENCE, SEQUENCE, SEQUENCE}) {
            Element skipped = Element.at(der, position, tbs.end);
            if (skipped == null || skipped.tag != tag) {
                return null;
            }
            position = skipped.end;
        }
        Element subject = Element.at(der, position, tbs.end);
        if (subject == null || subject.tag != SEQUENCE) {
            return null;
        }
        return Arrays.copyOfRange(der, subject.start, subject.end);
    }

    /** One DER tag-length-value, by offsets into the encoding. */
    private static final class Element {
        final int tag;
        final int start;
        final int contentStart;
        final int end;

        private Element(int tag, int start, int contentStart, int end) {
            this.tag = tag;
            this.start = start;
            this.contentStart = contentStart;
            this.end = end;
        }

        /** The element at {@code start}, which must end by {@code limit}; null when it does not fit. */
        static Element at(byte[] der, int start, int limit) {
            if (start + 2 > limit) {
                return null;
            }
            int tag = der[start] & 0xFF;
            int first = der[start + 1] & 0xFF;
            int position = start + 2;
            long length;
            if (first < 0x80) {
                length = first;
            } else {
                int octets = first & 0x7F;
                // 0x80 (indefinite length) is not DER; more than 4 octets cannot fit in a bundle.
                if (octets == 0 || octets > 4 || position + octets > limit) {
                    return null;
                }
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (der[position++] & 0xFF);
                }
            }
            if (length > limit - position) {
                return null;
            }
            return new Element(tag, start, position, position + (int) length);
        }
    }
}
