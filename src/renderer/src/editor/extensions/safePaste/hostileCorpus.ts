/** Pasted HTML a careful editor must survive: each sample, and the words that must still be there afterwards. */
export const HOSTILE_PASTES: { name: string; html: string; keeps: string[] }[] = [
  {
    name: 'script element',
    html: '<p>before</p><script>window.pwned = 1; alert(1)</script><p>after</p>',
    keeps: ['before', 'after'],
  },
  {
    name: 'event attribute on an image',
    html: '<p>photo <img src="x" onerror="window.pwned = 1"> caption</p>',
    keeps: ['photo', 'caption'],
  },
  {
    name: 'remote image',
    html: '<p>tracking <img src="https://tracker.example/pixel.gif"> pixel</p>',
    keeps: ['tracking', 'pixel'],
  },
  {
    name: 'javascript link',
    html: '<p><a href="javascript:window.pwned=1">click me</a></p>',
    keeps: ['click me'],
  },
  {
    name: 'obfuscated javascript link',
    html: '<p><a href=" JaVaScRiPt:alert(1)">spaced</a> <a href="jav&#x09;ascript:alert(1)">tabbed</a></p>',
    keeps: ['spaced', 'tabbed'],
  },
  {
    name: 'data and vbscript links',
    html: '<p><a href="data:text/html,<script>alert(1)</script>">data</a> <a href="vbscript:msgbox(1)">vb</a></p>',
    keeps: ['data', 'vb'],
  },
  {
    name: 'event attributes everywhere',
    html: '<p onclick="window.pwned=1" onmouseover="alert(1)" style="color:red">styled <b onload="alert(1)">bold</b></p>',
    keeps: ['styled', 'bold'],
  },
  {
    name: 'iframe, object and embed',
    html: '<p>a</p><iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="y"><p>b</p>',
    keeps: ['a', 'b'],
  },
  {
    name: 'svg with script',
    html: '<p>icon</p><svg onload="window.pwned=1"><script>alert(1)</script><circle r="4"/></svg><p>done</p>',
    keeps: ['icon', 'done'],
  },
  {
    name: 'style and link tags',
    html: '<style>body{background:url(https://evil.example/x)}</style><link rel="stylesheet" href="https://evil.example/s.css"><p>plain</p>',
    keeps: ['plain'],
  },
  {
    name: 'form controls',
    html: '<form action="https://evil.example"><input value="secret"><button onclick="alert(1)">Send</button></form><p>text</p>',
    keeps: ['text'],
  },
  {
    name: 'meta refresh and base',
    html: '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><p>stay</p>',
    keeps: ['stay'],
  },
  {
    name: 'code block and table from a web page',
    html: '<pre><code>rm -rf /</code></pre><table><tr><td>cell</td></tr></table>',
    keeps: ['rm -rf /', 'cell'],
  },
  {
    name: 'office paste with comments and classes',
    html: '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p class="MsoNormal" style="mso-line-height:1">Word text</p>',
    keeps: ['Word text'],
  },
  {
    name: 'mention with a script label',
    html: '<p><span data-type="mention" data-id="x" data-label="&lt;img src=x onerror=alert(1)&gt;" onclick="alert(1)">@x</span></p>',
    keeps: ['img src=x'],
  },
];
