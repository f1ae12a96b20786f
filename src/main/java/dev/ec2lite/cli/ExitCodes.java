package dev.ec2lite.cli;

/** The AWS CLI's exit codes, which scripts around ec2lite already know how to read. */
final class ExitCodes {
    static final int SUCCESS = 0;
    /** The command line (or an input file it names) could not be parsed. */
    static final int USAGE = 252;
    /** Configuration is missing or invalid: no credentials, no region. */
    static final int CONFIGURATION = 253;
    /** The service answered with an error. */
    static final int SERVICE_ERROR = 254;
    /** Anything else: network failure, timeout, unreadable answer. */
    static final int OTHER = 255;

    private ExitCodes() {}
}
