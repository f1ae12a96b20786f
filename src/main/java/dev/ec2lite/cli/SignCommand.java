package dev.ec2lite.cli;

import dev.ec2lite.signing.SigV4Crypto;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.signing.SignableRequest;
import dev.ec2lite.signing.SigningParams;
import dev.ec2lite.signing.SigningResult;
import dev.ec2lite.signing.SuiteRequestFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite sign}: signs a request in the published test suite's format and writes the eight
 * files a suite case holds, so a user chasing {@code SignatureDoesNotMatch} can see every stage.
 */
final class SignCommand implements Callable<Integer>, ModelledCommand {
    CommandSpec spec;
    Path request;
    Path context;
    Path outDir;
    String crypto;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(CommandModel.option("--request", Path.class, () -> request, v -> request = v)
                .required(true)
                .paramLabel("REQUEST.txt")
                .description("The unsigned request.")
                .build());
        model.addOption(CommandModel.option("--context", Path.class, () -> context, v -> context = v)
                .required(true)
                .paramLabel("CONTEXT.json")
                .description("Credentials, region, service, time and options, as in the suite's context.json.")
                .build());
        model.addOption(CommandModel.option("--out-dir", Path.class, () -> outDir, v -> outDir = v)
                .required(true)
                .paramLabel("DIR")
                .description("Where to write the files.")
                .build());
        model.addOption(CommandModel.option("--crypto", String.class, () -> crypto, v -> crypto = v)
                .defaultValue("jdk")
                .paramLabel("NAME")
                .description("jdk (default) or bouncycastle, if Bouncy Castle is on the class path.")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "sign",
                "Sign a request in the SigV4 test suite's format and write every stage.",
                "Reads request.txt and context.json as AWS's published suite defines them and writes the canonical"
                        + " request, string to sign, signature and signed request, for header and for query signing.");
        declareOptions(model);
        return model;
    }

    @Override
    public Integer call() {
        SignableRequest unsigned;
        SigningParams params;
        SigV4Signer signer;
        try {
            unsigned = SuiteRequestFile.parse(read(request));
        } catch (IllegalArgumentException e) {
            return fail(request + ": " + e.getMessage());
        } catch (IOException e) {
            return fail("cannot read " + e.getMessage());
        }
        try {
            params = SigningContextFile.parse(read(context));
        } catch (IllegalArgumentException e) {
            return fail(context + ": " + e.getMessage());
        } catch (IOException e) {
            return fail("cannot read " + e.getMessage());
        }
        try {
            signer = SigV4Signer.create(SigV4Crypto.named(crypto));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return fail("--crypto: " + e.getMessage());
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        SigningResult header = signer.sign(unsigned, params);
        SigningResult query = signer.presign(unsigned, params);
        put(files, "header", header);
        put(files, "query", query);
        try {
            Files.createDirectories(outDir);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(outDir.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("ec2lite sign: cannot write to " + outDir + ": " + e.getMessage());
            return ExitCodes.OTHER;
        }
        var out = spec.commandLine().getOut();
        out.println("Canonical request (header signing):");
        out.println(header.canonicalRequest());
        out.println();
        out.println("String to sign (header signing):");
        out.println(header.stringToSign());
        out.println();
        out.println("Wrote " + files.size() + " files to " + outDir + ": " + String.join(", ", files.keySet()));
        return ExitCodes.SUCCESS;
    }

    private static void put(Map<String, byte[]> files, String mode, SigningResult result) {
        files.put(mode + "-canonical-request.txt", utf8(result.canonicalRequest()));
        files.put(mode + "-string-to-sign.txt", utf8(result.stringToSign()));
        files.put(mode + "-signature.txt", utf8(result.signature()));
        files.put(mode + "-signed-request.txt", SuiteRequestFile.render(result.signedRequest()));
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("ec2lite sign: " + message);
        return ExitCodes.USAGE;
    }

    /** Reads a file, naming it in every error. */
    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException(file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
