"""Webcam scanning: camera choice, preview, QR decoding off the UI thread, debouncing.

Qt Multimedia is slow to import and missing on some machines, so only ``backend`` and the widgets
that show a camera load it, and only when a camera is used; the decoding pipeline needs QtGui only.
"""
