// ports/sim/scenario.h: the CI runner of the simulated board: Wokwi scenario files (YAML) and
// the wokwi-cli style run control (--expect-text, --fail-text, --timeout, timed screenshot).
//
// One run (one process, one board) has at most one scenario. Its steps run in order on virtual
// time: a step either completes at once (expect-pin, set-control, write-serial, ...) or waits for
// something the board does (a clock event, serial output, a net changing level). Nothing here
// looks at wall time, and nothing here calls the interpreter: the runner lives in clock events,
// the serial hook and net watchers, and stops the firmware through the run-control flags
// (sim_stop_requested, sim_request_reset) that the VM hook turns into SimStop / SimReset.
//
// Outcome of a run: 0 passed, 1 a step failed (or --fail-text seen), the timeout exit code (42)
// when --timeout passed first; undecided (-1) when nothing asked for a verdict.
#ifndef MICROPY_INCLUDED_PORTS_SIM_SCENARIO_H
#define MICROPY_INCLUDED_PORTS_SIM_SCENARIO_H

#include <stdio.h>
#include <stdbool.h>
#include "sim.h"

typedef struct _sim_scenario_t sim_scenario_t;

// Parses and validates a scenario file (the part and pin names are checked later, against the
// board, by sim_ci_start). NULL with "FILE:LINE: message" in err on error.
sim_scenario_t *sim_scenario_load(const char *path, char *err, size_t err_len);
const char *sim_scenario_name(const sim_scenario_t *s);
const char *sim_scenario_path(const sim_scenario_t *s);

typedef struct {
    sim_scenario_t *scenario;       // NULL: no scenario
    const char *expect_text;        // NULL: none
    const char *fail_text;
    sim_ns_t timeout;               // <= 0: none
    int timeout_exit_code;
    const char *shot_part, *shot_file;
    sim_ns_t shot_time;             // < 0: when the run ends
    bool quiet;                     // no messages on success
    const char *label;              // prefix of the messages ("blink.yaml: "), or NULL
} sim_ci_config_t;

// After the board is loaded, before it boots: checks the scenario's part and pin references,
// installs the serial hook and posts the first events. Returns 0, or -1 with a message.
int sim_ci_start(const sim_ci_config_t *cfg, char *err, size_t err_len);
// True while the run still needs virtual time after the firmware returned (scenario steps left,
// the expected text not seen yet, a screenshot still due). main then keeps the board asleep
// (events firing, callbacks running) until the runner stops it.
bool sim_ci_wants_time(void);
// main tells the runner that the firmware has returned and the board idles (true), or that it
// boots again (false); an idle board is stopped as soon as nothing wants time any more.
void sim_ci_set_idle(bool idle);
// At the end of the run: takes a screenshot still due, reports what is undecided. Returns the
// process exit code given the firmware's own.
int sim_ci_end(int firmware_code);
// The run's <testcase> element for a JUnit report.
void sim_ci_write_junit(FILE *f);
// Console input (input(), sys.stdin) in a CI run waits here, in virtual time, for write-serial.
void sim_ci_console_wait(void);

// Writes s with XML's special characters escaped (attribute-safe).
void sim_xml_escape(FILE *f, const char *s);
// JUnit report of several runs: the <testcase> elements `cases` (concatenated), counts.
bool sim_junit_write(const char *path, const char *cases, int tests, int failures);

#endif
