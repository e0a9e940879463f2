"""The top-level package: lazy public names that match the static imports."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import selfefficacy as se

INIT = Path(se.__file__)


def _static_exports() -> dict[str, str]:
    """Name -> module of the imports under ``if TYPE_CHECKING:`` in ``__init__``."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If))
    return {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names
    }


def test_every_public_name_resolves_to_the_object_its_module_defines() -> None:
    exports = _static_exports()
    assert sorted(exports) == sorted(name for name in se.__all__ if name != "__version__")
    for name, module in exports.items():
        assert getattr(se, name) is getattr(sys.modules[module], name), name


def test_an_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = se.no_such_name


def test_no_public_name_shares_a_name_with_a_submodule() -> None:
    # Importing a submodule binds it on the package, which would replace a public
    # name of the same spelling (``se.practice`` the decorator, for one).
    submodules = {info.name for info in pkgutil.iter_modules(se.__path__)}
    assert not submodules & set(se.__all__)


def test_dir_lists_the_public_names() -> None:
    assert set(se.__all__) <= set(dir(se))


def test_importing_the_package_loads_no_submodule_and_no_dependency() -> None:
    code = (
        "import sys, selfefficacy\n"
        "prefixes = ('selfefficacy.', 'attr', 'cattrs')\n"
        "print(sorted(m for m in sys.modules if m.startswith(prefixes)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
