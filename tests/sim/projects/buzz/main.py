from machine import Pin, PWM
import time

buzzer = PWM(Pin(18))
NOTES = {'C4': 262, 'D4': 294, 'E4': 330, 'F4': 349, 'G4': 392, 'A4': 440, 'B4': 494, 'C5': 523}
for name in ('C4', 'E4', 'G4', 'C5'):
    buzzer.freq(NOTES[name])
    buzzer.duty_u16(32768)
    print("note", name, buzzer.freq())
    time.sleep(0.25)
    buzzer.duty_u16(0)
    time.sleep(0.05)
buzzer.deinit()
print("end")
