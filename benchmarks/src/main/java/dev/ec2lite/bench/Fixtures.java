package dev.ec2lite.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one request every benchmark works on, and the answer the stub server gives to it. Public for
 * {@code dev.ec2lite.signing.SigningStagesBenchmark}, which sits in the signer's package.
 */
public final class Fixtures {
    public static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    public static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public static final String REGION = "us-east-1";
    public static final String SERVICE = "ec2";
    public static final String HOST = "ec2.us-east-1.amazonaws.com";
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    static final String ATTACHMENT_ID = "eni-attach-0123456789abcdef0";
    static final String FORM_BODY =
            "Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=" + ATTACHMENT_ID;
    public static final byte[] FORM_BODY_BYTES = FORM_BODY.getBytes(StandardCharsets.UTF_8);

    /** A fixed signing time, so that every signer signs exactly the same request. */
    public static final Instant SIGNING_TIME = Instant.ofEpochSecond(1_714_566_896L); // 2024-05-01T12:34:56Z

    static final String REQUEST_ID = "59dbff89-35bd-4eac-99ed-be587EXAMPLE";
    static final byte[] SUCCESS_XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
                    + "    <requestId>" + REQUEST_ID + "</requestId>\n"
                    + "    <return>true</return>\n"
                    + "</DetachNetworkInterfaceResponse>")
            .getBytes(StandardCharsets.UTF_8);

    private Fixtures() {}
}
