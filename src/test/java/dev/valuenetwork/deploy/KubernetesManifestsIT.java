package dev.valuenetwork.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The manifests quarkus-kubernetes generates at package time (target/kubernetes/kubernetes.yml),
 * read into the Kubernetes API's model (fabric8): every object a known kind, no field the API
 * does not know in the parts that matter (such a field lands in "additionalProperties"), and the
 * deployment this service needs: two replicas, probes on the health endpoints, resources, the
 * configuration from the Secret, migrations run once by a Job before the pods start.
 */
class KubernetesManifestsIT {

    @Test
    void theGeneratedManifestsDescribeTheDeployment() throws Exception {
        List<HasMetadata> objects;
        try (InputStream in = Files.newInputStream(Path.of("target", "kubernetes", "kubernetes.yml"))) {
            objects = Serialization.unmarshal(in);
        }
        Deployment deployment = one(objects, Deployment.class);
        Service service = one(objects, Service.class);
        Job migrations = one(objects, Job.class);

        assertEquals(2, deployment.getSpec().getReplicas());
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertNotNull(container.getResources().getRequests().get("memory"));
        assertNotNull(container.getResources().getLimits().get("memory"));
        assertEquals("value-network", container.getEnvFrom().get(0).getSecretRef().getName());
        assertEquals(8080, container.getPorts().get(0).getContainerPort());
        assertTrue(container.getEnv().stream().anyMatch(e -> e.getName().equals("QUARKUS_FLYWAY_ACTIVE")
                && e.getValue().equals("false")), "replicas do not migrate; the Job does");
        assertEquals(8080, service.getSpec().getPorts().get(0).getTargetPort().getIntVal());
        assertEquals("value-network", migrations.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getEnvFrom().get(0).getSecretRef().getName());

        for (Object part : List.of(deployment, deployment.getSpec(), deployment.getSpec().getTemplate().getSpec(), container,
                container.getReadinessProbe(), container.getLivenessProbe(), container.getStartupProbe(),
                container.getResources(), service.getSpec(), migrations.getSpec())) {
            Map<String, Object> unknown = additional(part);
            assertTrue(unknown.isEmpty(), part.getClass().getSimpleName() + " has fields the API does not know: " + unknown);
        }
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "a probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(8080, probe.getHttpGet().getPort().getIntVal());
    }

    private static <T> T one(List<HasMetadata> objects, Class<T> kind) {
        List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertEquals(1, found.size(), "one " + kind.getSimpleName());
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> additional(Object part) throws Exception {
        return (Map<String, Object>) part.getClass().getMethod("getAdditionalProperties").invoke(part);
    }
}
