package dev.ec2lite.error;

/**
 * The client's configuration cannot work: no region, no credentials, a bad endpoint URL or config
 * file. Raised before any call goes out; the message names the setting.
 */
public class Ec2ConfigurationException extends Ec2ClientException {
    private static final long serialVersionUID = 1L;

    public Ec2ConfigurationException(String message) {
        super(message);
    }

    public Ec2ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
