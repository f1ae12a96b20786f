package dev.ec2lite.providers;

import dev.ec2lite.error.Ec2ClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a web identity token file: the whole file, trimmed, as the SDKs send it. Read on every call,
 * because the token in it is rotated (EKS writes a new one about every hour). Messages name the file,
 * never its content.
 */
final class WebIdentityToken {
    /**
     * The largest token file read. OIDC tokens are JWTs of one to a few KiB (an EKS service-account token
     * is about 1 KiB); STS accepts at most 20,000 characters ({@code WebIdentityToken}'s documented
     * length limit). 64 KiB leaves room for any real token while a wrong path (a log file, a device)
     * cannot make us read megabytes into a request body.
     */
    static final int MAX_BYTES = 64 * 1024;

    private WebIdentityToken() {}

    /**
     * @throws Ec2ClientException when the file is missing, unreadable, empty or larger than {@link
     *     #MAX_BYTES}, naming the file
     */
    static String read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new Ec2ClientException("web identity token file " + file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new Ec2ClientException("web identity token file " + file + " is not readable (permission denied)", e);
        } catch (IOException e) {
            throw new Ec2ClientException(
                    "web identity token file " + file + " could not be read: "
                            + e.getClass().getSimpleName(),
                    e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Ec2ClientException("web identity token file " + file + " is larger than " + MAX_BYTES
                    + " bytes; is it the right file?");
        }
        String token = new String(bytes, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) {
            throw new Ec2ClientException("web identity token file " + file + " is empty");
        }
        return token;
    }
}
