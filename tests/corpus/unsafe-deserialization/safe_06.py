# corpus: cwe=502 label=safe
import msgpack
import pika


def on_message(channel, method, properties, body):
    job = msgpack.unpackb(body, raw=False)
    print("running", job["name"], job.get("args", []))
    channel.basic_ack(delivery_tag=method.delivery_tag)


def consume():
    conn = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
    channel = conn.channel()
    channel.basic_consume(queue="jobs", on_message_callback=on_message)
    channel.start_consuming()
