package dev.ec2lite.providers;

import java.util.regex.Pattern;

/** Makes outside text (a process's stderr, a server's code) safe to put in one exception message. */
final class ErrorText {
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s]+");

    private ErrorText() {}

    /** Control characters and line breaks become single spaces, and the text is cut at {@code max}. */
    static String clean(String text, int max) {
        String flat = CONTROL_OR_SPACE.matcher(text).replaceAll(" ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "...";
    }
}
