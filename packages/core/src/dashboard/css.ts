// The page's only styling (inline: the CSP allows inline styles and nothing else).
export const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1180px;padding:0 16px;color:#1f2328;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid #d0d7de}h3{font-size:14px;margin:16px 0 6px}
.sub{color:#59636e;margin:0 0 14px}
.flag{background:#d1242f;color:#fff;padding:12px 16px;border-radius:6px;font-weight:600;margin:0 0 12px}
.ok{background:#dafbe1;color:#116329;padding:12px 16px;border-radius:6px;margin:0 0 12px}
.pipe{margin:0 0 8px}.pipe .big{font-size:15px;font-weight:700;margin-right:8px}.pipe.flag .big{color:#fff}
.row{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.row table{margin-top:0}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(562px,1fr));gap:16px}
svg{border:1px solid #d0d7de;border-radius:6px;background:#fff;max-width:100%;height:auto;display:block;margin:0 0 12px}
.t{font-weight:600;font-size:13px}.m{fill:#59636e;font-size:11px;font-weight:400}.ax{stroke:#d0d7de}
table{border-collapse:collapse;margin:8px 0 12px;font-size:13px}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td:first-child{min-width:110px}td{overflow-wrap:anywhere;max-width:380px}td.num{white-space:nowrap;text-align:right}
td.bad{color:#d1242f;font-weight:600}td.good{color:#1a7f37}
.none{color:#59636e;font-style:italic}
.notes li{color:#59636e}
footer{color:#59636e;font-size:12px;margin-top:24px}`;
