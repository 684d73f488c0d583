# corpus: cwe=502 label=vulnerable
import dill
import pika


def on_message(channel, method, properties, body):
    job = dill.loads(body)
    job.run()
    channel.basic_ack(delivery_tag=method.delivery_tag)


def consume():
    conn = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
    channel = conn.channel()
    channel.basic_consume(queue="jobs", on_message_callback=on_message)
    channel.start_consuming()
