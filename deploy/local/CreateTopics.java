import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates LaborLink's topics before any service subscribes (run by deploy/local/laborlink on a fresh broker). */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> wanted = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                if (!existing.contains(args[i])) {
                    wanted.add(new NewTopic(args[i], partitions, (short) 1));
                }
            }
            try {
                admin.createTopics(wanted).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            System.out.println("topics ready: " + (args.length - 2) + " (" + wanted.size() + " created)");
        }
    }
}
