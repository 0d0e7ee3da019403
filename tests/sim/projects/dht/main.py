from machine import Pin
from time import sleep
import dht

sensor = dht.DHT22(Pin(15))
while True:
    try:
        sensor.measure()
        print("Temperature: {:.1f}C Humidity: {:.1f}%".format(sensor.temperature(), sensor.humidity()))
    except OSError as e:
        print("Failed to read sensor.", e)
    sleep(2)
