#!/bin/sh
# Runs the server command it is given (`npm start`: `next start …`) with the memory allocator the server needs.
# `npm start` (hence the systemd units), the bench (bench/server.mjs) and the topology (scripts/topology.mjs)
# all start the server through this file.
#
# Why (issue 14, memory): what grew in the bench was memory outside V8 that glibc's malloc does not give back —
# its main heap went from 13 to 100-120 MB over the bench's page loads and searches and stayed there although
# V8's heap did not grow. jemalloc returns freed memory to the system within a second (dirty_decay_ms),
# from a background thread; sharp's documentation recommends it over glibc for the same reason. Debian's
# libjemalloc2 comes with redis-server, which the deployment installs (deploy/README.md). Without the library
# (or with OCCE_JEMALLOC=0, to compare), glibc with two arenas instead of one per thread.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
if [ "${OCCE_JEMALLOC:-1}" != 0 ]; then
  for lib in /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 /usr/lib/aarch64-linux-gnu/libjemalloc.so.2 /usr/lib/libjemalloc.so.2; do
    if [ -r "$lib" ]; then
      export LD_PRELOAD="$lib${LD_PRELOAD:+ $LD_PRELOAD}"
      export MALLOC_CONF="${MALLOC_CONF:-background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0}"
      break
    fi
  done
fi
exec "$@"
