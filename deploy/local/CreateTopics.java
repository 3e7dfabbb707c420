import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates LaborLink's topics before any service subscribes (run by deploy/local/laborlink on a fresh broker, and again
 * when the list changes). A topic is named {@code name} or {@code name:key=value,key=value}: its settings are given
 * to a new topic and set on an existing one (the topics matching's indexes are rebuilt from keep every record:
 * {@code retention.ms=-1}).
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> wanted = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> changed = new HashMap<>();
            for (int i = 2; i < args.length; i++) {
                String[] spec = args[i].split(":", 2);
                Map<String, String> configs = new HashMap<>();
                if (spec.length > 1) {
                    for (String setting : spec[1].split(",")) {
                        String[] kv = setting.split("=", 2);
                        configs.put(kv[0], kv[1]);
                    }
                }
                if (!existing.contains(spec[0])) {
                    wanted.add(new NewTopic(spec[0], partitions, (short) 1).configs(configs));
                } else if (!configs.isEmpty()) {
                    changed.put(new ConfigResource(ConfigResource.Type.TOPIC, spec[0]), configs.entrySet().stream()
                            .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                            .toList());
                }
            }
            try {
                admin.createTopics(wanted).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            if (!changed.isEmpty()) {
                admin.incrementalAlterConfigs(changed).all().get();
            }
            System.out.println("topics ready: " + (args.length - 2) + " (" + wanted.size() + " created, "
                    + changed.size() + " with settings renewed)");
        }
    }
}
