"""Prints where a package for this Python goes, relative to an install prefix (argument 1).

Debian's own packages live in lib/python3/dist-packages under /usr; anything else installed under a
prefix goes to lib/python3.X/dist-packages there (Debian puts /usr/local's on sys.path). Other Pythons
use their standard scheme.
"""
import os
import sys
import sysconfig

prefix = os.path.normpath(sys.argv[1])
schemes = sysconfig.get_scheme_names()
if "deb_system" in schemes:
    if prefix == os.path.normpath(sys.base_prefix):
        path = os.path.relpath(sysconfig.get_path("platlib", "deb_system"), sys.base_prefix)
    else:
        path = os.path.relpath(sysconfig.get_path("platlib", "posix_local"), os.path.join(sys.base_prefix, "local"))
else:
    path = sysconfig.get_path("platlib", vars={"base": prefix, "platbase": prefix})
    path = os.path.relpath(path, prefix)
print(path)
