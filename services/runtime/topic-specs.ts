// Topic specs come from one file in infra/ (infra/kafka/topics.json) so the embedded log, Kafka and
// docker-compose agree; infra/bus/kafka-topics.ts loads and checks it.
import { loadTopicSpecs } from '../../infra/bus/kafka-topics.ts';
import type { TopicSpec } from '../../infra/ports/bus.ts';

export const TOPIC_SPECS: TopicSpec[] = loadTopicSpecs();
