package dev.ec2lite.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Where the command line asks the user a question: the process's terminal, or a stand-in in tests. */
interface Terminal {
    /** Shows {@code prompt} and reads one line without echoing it; null at end of input. */
    String readHidden(String prompt);

    /** The process's terminal, or null when stdin or stdout is not one (a pipe, a CI job). */
    static Terminal system() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return prompt -> {
            char[] answer = console.readPassword("%s", prompt);
            return answer == null ? null : new String(answer);
        };
    }

    /** Prompts on {@code prompts} and reads {@code input}: a stand-in for a terminal. */
    static Terminal of(BufferedReader input, PrintWriter prompts) {
        return prompt -> {
            prompts.print(prompt);
            prompts.flush();
            try {
                return input.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the answer to: " + prompt, e);
            }
        };
    }
}
