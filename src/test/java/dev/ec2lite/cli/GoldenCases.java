package dev.ec2lite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/**
 * The recorded AWS CLI cases of a test-resource directory ({@code cli-golden}, {@code wire-golden}):
 * its {@code cases.tsv} (a name, a tab, the arguments after {@code aws ec2}) and the files recorded for
 * each case by the directory's {@code record.sh}.
 */
final class GoldenCases {
    record Case(String name, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private GoldenCases() {}

    static Stream<Case> cases(String directory) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : resource(directory, "cases.tsv").split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            cases.add(new Case(line.substring(0, tab), words(line.substring(tab + 1))));
        }
        return cases.stream();
    }

    /** Splits as the recording script's shell does for these lines: on spaces, 'single quotes' grouping. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                inWord = true;
            } else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The file {@code name} of {@code directory}, a test failure naming the script when it is missing. */
    static String resource(String directory, String name) throws IOException {
        String path = "/" + directory + "/" + name;
        try (InputStream in = GoldenCases.class.getResourceAsStream(path)) {
            Assertions.assertNotNull(in, "missing test data " + path + ": run " + directory + "/record.sh");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
