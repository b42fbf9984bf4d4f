"""Keyboard-wedge scanners: tell a scan from typing, anywhere in the window."""
