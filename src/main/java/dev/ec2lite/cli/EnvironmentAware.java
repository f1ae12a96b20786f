package dev.ec2lite.cli;

import java.util.Map;

/** A command that reads the process environment, given to it rather than read globally. */
interface EnvironmentAware {
    void environment(Map<String, String> env);

    /** The terminal questions go to (an MFA code); commands that ask none ignore it. */
    default void terminal(Terminal terminal) {}
}
