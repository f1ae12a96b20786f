package dev.ec2lite.signing;

/**
 * Case rules for ASCII only. SigV4 lower-cases header names with {@code Locale.ROOT}, which for
 * ASCII is just {@code A-Z} to {@code a-z}; doing it char by char compares and writes names without
 * making lower-case copies. Unlike {@code String.equalsIgnoreCase}, nothing outside ASCII is folded
 * (that method would match {@code ſ}, the long s, with {@code s}).
 */
final class Ascii {
    private Ascii() {}

    static char toLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** {@code text} with its ASCII upper-case letters lowered, everything else kept. */
    static String toLowerCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(toLowerCase(text.charAt(i)));
        }
        return out.toString();
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code a.toLowerCase(ROOT).compareTo(b.toLowerCase(ROOT))} for ASCII text, without the copies. */
    static int compareIgnoreCase(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = toLowerCase(a.charAt(i));
            char y = toLowerCase(b.charAt(i));
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Whether {@code text} is {@code lowerCase} with some ASCII letters in upper case. */
    static boolean equalsIgnoreCase(String text, String lowerCase) {
        return text.length() == lowerCase.length() && startsWithIgnoreCase(text, lowerCase);
    }

    /** Whether {@code text} starts with {@code lowerCasePrefix}, ASCII letters in either case. */
    static boolean startsWithIgnoreCase(String text, String lowerCasePrefix) {
        if (text.length() < lowerCasePrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length(); i++) {
            if (toLowerCase(text.charAt(i)) != lowerCasePrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
