package dev.ec2lite.providers;

import dev.ec2lite.xml.internal.BodySnippet;

/** Makes outside text (a process's stderr, a server's code) safe to put in one exception message. */
final class ErrorText {
    private ErrorText() {}

    /**
     * Whitespace runs become single spaces; control, C1, formatting (bidi overrides) and unassigned
     * characters become '?'; the text is cut at {@code max} characters with an ellipsis.
     */
    static String clean(String text, int max) {
        return BodySnippet.sanitize(text, max);
    }
}
