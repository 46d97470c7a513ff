// The empty page's script: the harness's own cost (one module script, one frame).
window.benchEmpty = true;
