// The designer page's browser side: loads Monaco when the rule editor is first opened (so the page
// itself stays light), routes Ctrl+Z / Ctrl+Y to the server-side undo stack, downloads exports,
// and sets Monaco's markers, which BlazorMonaco does not wrap.

const loaded = new Map();

function loadScript(src) {
    if (!loaded.has(src)) {
        loaded.set(src, new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = src;
            script.onload = () => resolve();
            script.onerror = () => reject(new Error('cannot load ' + src));
            document.head.appendChild(script);
        }));
    }
    return loaded.get(src);
}

export async function ensureMonaco() {
    await loadScript('_content/BlazorMonaco/jsInterop.js');
    await loadScript('_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js');
    await loadScript('_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js');
    for (let i = 0; i < 200 && typeof window.monaco === 'undefined'; i++) {
        await new Promise(r => setTimeout(r, 25));
    }
}

export function setMarkers(editorId, markers) {
    if (typeof window.monaco === 'undefined' || !window.blazorMonaco) {
        return false;
    }
    const editor = window.blazorMonaco.editor.getEditor(editorId, true);
    const model = editor ? editor.getModel() : null;
    if (!model) {
        return false;
    }
    const severity = { Error: monaco.MarkerSeverity.Error, Warning: monaco.MarkerSeverity.Warning, Info: monaco.MarkerSeverity.Info };
    monaco.editor.setModelMarkers(model, 'consult', markers.map(m => ({
        code: m.code, message: m.message, severity: severity[m.severity] ?? monaco.MarkerSeverity.Error,
        startLineNumber: m.startLine, startColumn: m.startColumn, endLineNumber: m.endLine, endColumn: m.endColumn,
    })));
    return true;
}

let shortcuts = null;

export function listenForShortcuts(dotnet) {
    stopShortcuts();
    shortcuts = event => {
        if (!(event.ctrlKey || event.metaKey)) {
            return;
        }
        // Text fields and the rule editor keep their own undo.
        const target = event.target;
        if (target && (target.closest('.monaco-editor') || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) {
            return;
        }
        const key = event.key.toLowerCase();
        const action = key === 'z' && !event.shiftKey ? 'undo' : (key === 'y' || (key === 'z' && event.shiftKey)) ? 'redo' : null;
        if (action) {
            event.preventDefault();
            dotnet.invokeMethodAsync('OnShortcut', action);
        }
    };
    document.addEventListener('keydown', shortcuts);
}

export function stopShortcuts() {
    if (shortcuts) {
        document.removeEventListener('keydown', shortcuts);
        shortcuts = null;
    }
}

export function download(fileName, text) {
    const blob = new Blob([text], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}
