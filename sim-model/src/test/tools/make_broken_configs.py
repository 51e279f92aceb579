"""Regenerates sim-model/src/test/resources/configs/broken/RULE/ from the good-* sets.

Each case edits a good file and writes the hand-chosen line (by searching the edited text) into
EXPECT; run after changing a good config: python3 sim-model/src/test/tools/make_broken_configs.py
"""
import os, re, shutil
R = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'configs')
good = {'heartbeat': R + '/good-heartbeat', 'corosync': R + '/good-corosync'}
out = R + '/broken'
shutil.rmtree(out, ignore_errors=True)

def read(base, name):
    return open(os.path.join(good[base], name)).read()

def line_of(text, needle):
    for i, l in enumerate(text.split('\n'), 1):
        if needle in l:
            return i
    raise SystemExit('not found: ' + needle)

cases = []
def case(rule, base, edits, expect, drop=()):
    # edits: {file: [(old, new)]}; expect: list of (rule, file, needle or 0, count source 'new'|'old')
    d = os.path.join(out, rule)
    os.makedirs(d)
    texts = {}
    for f, reps in edits.items():
        t = read(base, f)
        for old, new in reps:
            assert old in t, (rule, f, old)
            t = t.replace(old, new, 1)
        texts[f] = t
        open(os.path.join(d, f), 'w').write(t)
    if base != 'heartbeat':
        open(os.path.join(d, 'BASE'), 'w').write(base + '\n')
    if drop:
        open(os.path.join(d, 'DROP'), 'w').write('\n'.join(drop) + '\n')
    lines = []
    for r, f, needle in expect:
        if needle == 0:
            ln = 0
        else:
            t = texts.get(f) or read(base, f)
            ln = line_of(t, needle)
        lines.append(f'{r} {f} {ln}')
    open(os.path.join(d, 'EXPECT'), 'w').write('\n'.join(lines) + '\n')

H, C = 'heartbeat', 'corosync'
case('HB001', H, {'ha.cf': [('deadtime        10', 'deadtime        2')]}, [('HB001', 'ha.cf', 'deadtime')])
case('HB002', H, {'ha.cf': [('initdead        30', 'initdead        5')]}, [('HB002', 'ha.cf', 'initdead')])
case('HB003', H, {'ha.cf': [('initdead        30', 'initdead        15')]}, [('HB003', 'ha.cf', 'initdead')])
case('HB004', H, {'ha.cf': [('warntime        5', 'warntime        10')]}, [('HB004', 'ha.cf', 'warntime')])
case('HB005', H, {'ha.cf': [('ucast           eth1 10.0.0.1\n', ''), ('ucast           eth1 10.0.0.2\n', ''),
                            ('serial          /dev/ttyS0\n', '')]}, [('HB005', 'ha.cf', 0)])
case('HB006', H, {'ha.cf': [('serial          /dev/ttyS0\n', '')]}, [('HB006', 'ha.cf', 'ucast           eth1 10.0.0.1')])
case('HB007', H, {'ha.cf': [('auto_failback   off', 'auto_failback   off\nauto_fallback   off')]},
     [('HB007', 'ha.cf', 'auto_fallback')])
case('CS001', C, {'corosync.conf': [('consensus: 3600', 'consensus: 3000')]}, [('CS001', 'corosync.conf', 'consensus: 3000')])
case('CS002', C, {'corosync.conf': [('        ring1_addr: 192.168.10.1\n', ''), ('        ring1_addr: 192.168.10.2\n', '')]},
     [('CS002', 'corosync.conf', '    node {')])
case('CL001', H, {'cib.xml': [('uname="node2"', 'uname="node-2"')]},
     [('CL001', 'ha.cf', 'node            node2'), ('CL001', 'cib.xml', 'uname="node-2"')])
case('FN001', H, {'cib.xml': [('name="stonith-enabled" value="true"', 'name="stonith-enabled" value="false"')]},
     [('FN001', 'cib.xml', 'name="stonith-enabled"')])
cib = read(H, 'cib.xml')
fence = re.findall(r'      <primitive id="fence-node\d".*?</primitive>\n', cib, re.S)
case('FN002', H, {'cib.xml': [(f, '') for f in fence]}, [('FN002', 'cib.xml', 'name="stonith-enabled"')])
case('QU001', H, {'cib.xml': [('          <nvpair id="fence-node1-pcmk_delay_max" name="pcmk_delay_max" value="15s"/>\n', '')]},
     [('QU001', 'cib.xml', 0)])
case('QU002', H, {'cib.xml': [('name="stonith-enabled" value="true"', 'name="stonith-enabled" value="false"')]},
     [('QU002', 'cib.xml', 'name="no-quorum-policy"')])
case('VM001', H, {'cib.xml': [('          <nvpair id="x1-allow-migrate" name="allow-migrate" value="true"/>\n', '')]},
     [('VM001', 'cib.xml', '<primitive id="x1"')])
case('OP001', H, {'cib.xml': [('<op id="x0-start-0" name="start" interval="0" timeout="60s"/>',
                               '<op id="x0-start-0" name="start" interval="0" timeout="30s"/>')]},
     [('OP001', 'cib.xml', 'id="x0-start-0"')])
case('OP002', H, {'x1.cfg': [("memory   = '2048'", "memory   = '32768'")]}, [('OP002', 'cib.xml', 'id="x1-migrate_to-0"')])
case('MT001', H, {'cib.xml': [('          <nvpair id="x0-migration-threshold" name="migration-threshold" value="3"/>\n', ''),
                              ('          <nvpair id="x0-failure-timeout" name="failure-timeout" value="10min"/>\n', '')]},
     [('MT001', 'cib.xml', '<primitive id="x0"')])
case('MT002', H, {'cib.xml': [('          <nvpair id="x0-failure-timeout" name="failure-timeout" value="10min"/>\n', '')]},
     [('MT002', 'cib.xml', 'id="x0-migration-threshold"')])
case('ST001', H, {'cib.xml': [('name="resource-stickiness" value="200"', 'name="resource-stickiness" value="0"')]},
     [('ST001', 'cib.xml', 'id="loc-x0-node1"'), ('ST001', 'cib.xml', 'id="loc-x1-node2"')])
case('XL001', H, {'x0.cfg': [('maxmem      = 1024', 'maxmem      = 512')]}, [('XL001', 'x0.cfg', 'maxmem')])
case('XL002', H, {'x0.cfg': [('name        = "x0"\n', '')]}, [('XL002', 'x0.cfg', 0)])
case('XL003', H, {'x0.cfg': [("'format=raw, vdev=xvda, access=rw, target=/dev/vg_san/x0-disk'",
                              "'format=raw, access=rw, target=/dev/vg_san/x0-disk'")]}, [('XL003', 'x0.cfg', 'disk        =')])
case('XL004', H, {'x0.cfg': [('vcpus       = 1\n', 'vcpus       = 1\nvnuma       = [ [ "pnode=0", "size=1024", "vcpus=0", "vdistances=10" ] ]\n')]},
     [('XL004', 'x0.cfg', 'vnuma')])
case('XL005', H, {'x0.cfg': [('on_crash    = "destroy"', 'on_crash    = "restart"')]}, [('XL005', 'x0.cfg', 'on_crash')])
case('XL006', H, {'x0.cfg': [('on_poweroff = "destroy"', 'on_poweroff = "destroy"\non_reboot   = "restart"')]},
     [('XL006', 'x0.cfg', 'on_reboot')])
case('NW001', H, {'cib.xml': [('name="migration_ip" value="192.168.20.1"', 'name="migration_ip" value="10.0.0.1"')]},
     [('NW001', 'cib.xml', 'id="node1-migration_ip"')])
case('CP001', H, {'cib.xml': [('name="memory" value="8192"', 'name="memory" value="2048"'),
                              ('name="memory" value="8192"', 'name="memory" value="2048"')]}, [('CP001', 'cib.xml', 0)])
print('ok')
