"""The package itself: version, loading, the default data folder, lifetimes."""
import gc
import os

import pactgraph


def test_version_is_the_commands(cli):
    assert cli("--version").strip() == f"pactgraph {pactgraph.__version__}"


def test_default_data_dir_is_the_commands(data_dir):
    assert os.path.samefile(pactgraph.default_data_dir(), data_dir)


def test_networks_describe_themselves(seed, atop, data_dir):
    assert seed.description == "built-in seed scenario"
    assert repr(seed).startswith("<pactgraph.Network from built-in seed scenario: 13 actors")
    assert atop.description == data_dir


def test_load_data_dir_defaults_to_the_commands_folder(data_dir, cli):
    net = pactgraph.load_data_dir(organisations=False)
    assert net.description == str(pactgraph.default_data_dir())
    assert net.export(to="graphml", at="1962", actors="states") == cli("--data-dir", data_dir, "export", "--to", "graphml",
                                                        "--at", "1962", "--actors", "states")


def test_a_snapshot_keeps_its_network_alive():
    snap = pactgraph.seed().snapshot("1998")
    gc.collect()
    g = snap.to_networkx()
    assert g.nodes["RUS"]["name"] == "Russia"


def test_network_cannot_be_made_from_nothing():
    try:
        pactgraph.Network(None)
    except TypeError:
        return
    raise AssertionError("Network(None) must raise TypeError")


def test_install_folder_is_on_this_pythons_path():
    """Installed with the prefix /usr or /usr/local, the package lands on the interpreter's own sys.path."""
    import subprocess
    import sys

    from conftest import SOURCE
    script = os.path.join(SOURCE, "bindings", "python", "install_dir.py")
    for prefix in ("/usr", "/usr/local"):
        relative = subprocess.run([sys.executable, script, prefix], check=True, capture_output=True,
                                  text=True).stdout.strip()
        assert os.path.join(prefix, relative) in sys.path, (prefix, relative)


def test_a_network_pickles_as_its_dataset(atop):
    import pickle
    copy = pickle.loads(pickle.dumps(atop))
    assert copy.description == atop.description
    assert copy.export(to="json", whole=True) == atop.export(to="json", whole=True)
    assert copy.export(to="graphml", at="1962") == atop.export(to="graphml", at="1962")
