package dev.ec2lite.config;

/**
 * A shared config or credentials file has a line that cannot be read at all: a section header
 * without its closing {@code ]}, a property before any section, a property line without {@code =}
 * or without a name, a continuation line with nothing to continue.
 *
 * <p>These stop the load instead of being skipped because the AWS SDK for Java v2 and the AWS CLI
 * (Python's {@code configparser}) both refuse such files too; guessing would silently pick different
 * credentials than the other tools. The message names the file and the line number, never the
 * line's text, which may hold a secret.
 */
public final class ProfileFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    ProfileFormatException(String file, int line, String problem) {
        super(file + ", line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file, as it was named when it was read. */
    public String file() {
        return file;
    }

    /** The line, counting from 1. */
    public int line() {
        return line;
    }
}
