package dev.ec2lite;

import static dev.ec2lite.Ec2TestServer.ACCESS_KEY;
import static dev.ec2lite.Ec2TestServer.DETACH_OK;
import static dev.ec2lite.Ec2TestServer.NOW;
import static dev.ec2lite.Ec2TestServer.SECRET_KEY;
import static dev.ec2lite.Ec2TestServer.SESSION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.testing.ServerSignature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire: exactly what the AWS CLI sends, signed so that the signature checks out. */
class Ec2ClientWireTest {
    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    @Test
    void detachSendsTheAwsCliRequest() throws Exception {
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = ec2.clientBuilder().build()) {
            client.detachNetworkInterface("eni-attach-0123456789abcdef0");
        }
        RecordedRequest request = ec2.server.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/", request.getTarget());
        assertEquals(
                "application/x-www-form-urlencoded; charset=utf-8",
                request.getHeaders().get("Content-Type"));
        assertEquals(
                "Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=eni-attach-0123456789abcdef0",
                request.getBody().utf8());
        assertEquals(
                String.valueOf(request.getBody().size()), request.getHeaders().get("Content-Length"));
        assertEquals("127.0.0.1:" + ec2.server.getPort(), request.getHeaders().get("Host"));
        assertEquals("20261126T100000Z", request.getHeaders().get("X-Amz-Date"));
        assertTrue(
                request.getHeaders().get("User-Agent").startsWith("ec2lite/"),
                request.getHeaders().get("User-Agent"));
        assertTrue(request.getHeaders().get("User-Agent").contains(" java/"));
        assertTrue(request.getHeaders().get("User-Agent").contains(" os/"));
        String authorization = request.getHeaders().get("Authorization");
        assertTrue(
                authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/us-east-1/ec2/aws4_request,"
                        + " SignedHeaders=content-type;host;x-amz-date, Signature="),
                authorization);
        assertEquals(authorization, resign(request, AwsCredentials.of(ACCESS_KEY, SECRET_KEY)));
    }

    @Test
    void forceAndDryRunAreSentOnlyWhenSetAndAsTrueOrFalse() throws Exception {
        ec2.enqueue(200, DETACH_OK);
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = ec2.clientBuilder().build()) {
            client.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                    .attachmentId("eni-attach-1")
                    .force(true)
                    .dryRun(false)
                    .build());
            client.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                    .attachmentId("eni-attach-1")
                    .force(false)
                    .build());
        }
        assertEquals(
                "Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=eni-attach-1&DryRun=false&Force=true",
                ec2.server.takeRequest().getBody().utf8());
        assertEquals(
                "Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=eni-attach-1&Force=false",
                ec2.server.takeRequest().getBody().utf8());
    }

    @Test
    void aSessionTokenIsSentAndSigned() throws Exception {
        ec2.enqueue(200, DETACH_OK);
        AwsCredentials temporary = AwsCredentials.of(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
        try (Ec2Client client = ec2.clientBuilder()
                .credentialsProvider(CredentialsProvider.of(temporary))
                .build()) {
            client.detachNetworkInterface("eni-attach-1");
        }
        RecordedRequest request = ec2.server.takeRequest();
        assertEquals(SESSION_TOKEN, request.getHeaders().get("X-Amz-Security-Token"));
        assertTrue(request.getHeaders()
                .get("Authorization")
                .contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,"));
        assertEquals(request.getHeaders().get("Authorization"), resign(request, temporary));
    }

    @Test
    void theGenericCallFlattensListsAndMapsTheEc2Way() throws Exception {
        ec2.enqueue(
                200,
                "<DescribeNetworkInterfacesResponse><requestId>r-1</requestId><networkInterfaceSet><item>"
                        + "<networkInterfaceId>eni-1</networkInterfaceId><status>available</status></item>"
                        + "<item><networkInterfaceId>eni-2</networkInterfaceId><status>in-use</status></item>"
                        + "</networkInterfaceSet></DescribeNetworkInterfacesResponse>");
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("Name", "attachment.instance-id");
        filter.put("Value", List.of("i-1", "i 2"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("NetworkInterfaceId", List.of("eni-1", "eni-2"));
        parameters.put("Filter", List.of(filter));
        QueryResponse response;
        try (Ec2Client client = ec2.clientBuilder().build()) {
            response = client.call("DescribeNetworkInterfaces", parameters);
        }
        assertEquals(
                "Action=DescribeNetworkInterfaces&Version=2016-11-15&NetworkInterfaceId.1=eni-1&NetworkInterfaceId.2=eni-2"
                        + "&Filter.1.Name=attachment.instance-id&Filter.1.Value.1=i-1&Filter.1.Value.2=i+2",
                ec2.server.takeRequest().getBody().utf8());
        assertEquals("r-1", response.requestId().orElseThrow());
        List<String> statuses = new ArrayList<>();
        response.xml()
                .child("networkInterfaceSet")
                .orElseThrow()
                .children("item")
                .forEach(item -> statuses.add(item.childText("status").orElseThrow()));
        assertEquals(List.of("available", "in-use"), statuses);
    }

    @Test
    void formValuesAreEncodedAsTheAwsCliEncodesThem() throws Exception {
        ec2.enqueue(200, "<ModifyResponse><requestId>r</requestId></ModifyResponse>");
        try (Ec2Client client = ec2.clientBuilder().build()) {
            client.call("Modify", Map.of("Description", "a b/c+d=é~"));
        }
        assertEquals(
                "Action=Modify&Version=2016-11-15&Description=a+b%2Fc%2Bd%3D%C3%A9~",
                ec2.server.takeRequest().getBody().utf8());
    }

    @Test
    void aCallersOkHttpClientIsUsedWithItsInterceptorsButWithoutItsRetries() throws Exception {
        ec2.enqueue(200, DETACH_OK);
        AtomicInteger intercepted = new AtomicInteger();
        OkHttpClient own = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    intercepted.incrementAndGet();
                    return chain.proceed(chain.request());
                })
                .build();
        try (Ec2Client client = ec2.clientBuilder().httpClient(own).build()) {
            client.detachNetworkInterface("eni-attach-1");
        }
        assertEquals(1, intercepted.get());
        assertTrue(own.retryOnConnectionFailure(), "the caller's own client is left as it was");
        assertFalse(own.dispatcher().executorService().isShutdown(), "closing ec2lite leaves the caller's client");
    }

    @Test
    void theResponseCarriesTheRequestIdAndNoDryRun() {
        ec2.enqueue(200, DETACH_OK);
        DetachNetworkInterfaceResponse response;
        try (Ec2Client client = ec2.clientBuilder().build()) {
            response = client.detachNetworkInterface("eni-attach-1");
        }
        assertEquals(
                "ce478fcb-ff97-4a14-9c48-7e4f2b5ae2a4", response.requestId().orElseThrow());
        assertFalse(response.dryRun());
        assertEquals(200, response.statusCode());
        assertEquals(1, response.attempts());
    }

    @Test
    void aNonDefaultPortIsInTheHostHeaderAndTheDefaultPortIsNot() {
        assertEquals(
                "127.0.0.1:8080", dev.ec2lite.query.internal.QueryClientTestAccess.hostHeader("http://127.0.0.1:8080"));
        assertEquals(
                "ec2.us-east-1.amazonaws.com",
                dev.ec2lite.query.internal.QueryClientTestAccess.hostHeader("https://ec2.us-east-1.amazonaws.com:443"));
        assertEquals("localhost", dev.ec2lite.query.internal.QueryClientTestAccess.hostHeader("http://localhost:80/"));
    }

    /** Signs the recorded request again with the same inputs: the server's view of the signature. */
    private static String resign(RecordedRequest request, AwsCredentials credentials) {
        assertNull(request.getHeaders().get("x-amz-content-sha256"), "EC2 calls carry no x-amz-content-sha256");
        return ServerSignature.authorizationFor(request, credentials, "us-east-1", "ec2", NOW);
    }
}
