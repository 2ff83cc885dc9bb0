"""The Qt face: PySide6 lives only under this package. Nothing outside it imports it."""

import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook, which the next line makes safe

from drøftelse.ui.feature_hook import make_feature_hook_safe

make_feature_hook_safe()
