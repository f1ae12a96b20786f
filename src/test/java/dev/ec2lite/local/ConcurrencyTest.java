package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int THREADS = 4;
    private static final int REQUESTS_PER_THREAD = 50;

    /**
     * Four clients race to attach one shared interface to their own instance and detach it again;
     * whatever the interleaving, it is never attached twice, every attachment id is unique, and every
     * request is answered and logged.
     */
    @Test
    void racingAttachAndDetachKeepTheStateConsistent() throws Exception {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder()
                .attachDelay(Duration.ZERO)
                .detachDelay(Duration.ZERO)
                .start()) {
            String shared = ec2.addNetworkInterface("shared");
            List<String> instances = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                instances.add(ec2.addInstance("racer-" + i));
            }
            Ec2TestClient client = Ec2TestClient.of(ec2);
            ConcurrentLinkedQueue<String> attached = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> detached = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (String instance : instances) {
                    done.add(pool.submit(() -> {
                        go.await();
                        race(client, shared, instance, attached, detached, unexpected);
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> future : done) {
                    future.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            assertTrue(unexpected.isEmpty(), unexpected::toString);
            assertEquals(THREADS * REQUESTS_PER_THREAD, ec2.requests().size());
            assertTrue(ec2.requests().stream().allMatch(RecordedRequest::signatureVerified));
            LocalEc2State state = ec2.state();
            Set<String> ids = new HashSet<>();
            state.attachments().forEach(a -> assertTrue(ids.add(a.attachmentId()), a::toString));
            long current = state.attachments().stream()
                    .filter(a ->
                            a.networkInterfaceId().equals(shared) && !a.status().equals("detached"))
                    .count();
            assertTrue(current <= 1, state::toString);
            assertEquals(attached.size(), detached.size() + current, state::toString);
            assertEquals(3 + THREADS + attached.size(), state.attachments().size(), state::toString);
        }
    }

    private static void race(
            Ec2TestClient client,
            String shared,
            String instance,
            ConcurrentLinkedQueue<String> attached,
            ConcurrentLinkedQueue<String> detached,
            ConcurrentLinkedQueue<String> unexpected) {
        String mine = null;
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            if (mine == null) {
                Ec2Answer answer = client.call(
                        "AttachNetworkInterface",
                        "NetworkInterfaceId",
                        shared,
                        "InstanceId",
                        instance,
                        "DeviceIndex",
                        "1");
                if (answer.status() == 200) {
                    mine = answer.text("attachmentId");
                    attached.add(mine);
                } else if (!answer.body().contains("InvalidNetworkInterface.InUse")) {
                    unexpected.add(answer.body());
                }
            } else {
                Ec2Answer answer = client.call("DetachNetworkInterface", "AttachmentId", mine);
                if (answer.status() == 200) {
                    detached.add(mine);
                } else {
                    unexpected.add(answer.body());
                }
                mine = null;
            }
        }
    }
}
