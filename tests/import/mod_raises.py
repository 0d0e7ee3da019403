# helper module that fails while importing
ready = True
raise ValueError('mod_raises failed')
