using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>What "usable on a phone" means, measured in the browser rather than by comparing
/// pixels: the document is no wider than the viewport, and the controls a finger must hit are
/// big enough.</summary>
public static class PhoneChecks
{
    /// <summary>The smallest tap target, in CSS pixels: WCAG 2.5.5 (Target Size, 44 × 44), the
    /// size the district's phone-first rule adopts.</summary>
    public const int MinTarget = 44;

    /// <summary>The controls a phone user must hit to get around and to fill in a form: everything
    /// clickable in the header and in any navigation (main navigation, breadcrumbs, column menus),
    /// pagers, buttons and form controls in the page. Links inside running text, lists and table
    /// cells of the content are not sampled: WCAG 2.5.5 exempts a target "in a sentence or block
    /// of text", and a title list is text a reader scans (the home page's lists are measured
    /// separately, where every link is a block of its own).</summary>
    public const string TapTargetSelector =
        "header a[href], header button, header input:not([type=hidden]), nav a[href], nav button, nav summary, " +
        ".pager a[href], .pager button, main button, main .button, main input:not([type=hidden]), main select, main textarea";

    /// <summary>Whether the document scrolls sideways and, if so, the innermost elements sticking
    /// out past the right edge that no scrolling box of their own contains — where to fix it.</summary>
    public static Task<Overflow> OverflowAsync(this IPage page) => page.EvaluateAsync<Overflow>(
        """
        () => {
          const se = document.scrollingElement, vw = se.clientWidth;
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
            (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '') +
            ' "' + (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40) + '" right=' + Math.round(el.getBoundingClientRect().right);
          const culprits = [];
          if (se.scrollWidth > vw) {
            const out = [...document.body.querySelectorAll('*')].filter(el => {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.right <= vw + 1) return false;
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return false;
              }
              return true;
            });
            for (const el of out.filter(el => !out.some(o => o !== el && el.contains(o))).slice(0, 5)) culprits.push(describe(el));
          }
          return { scrollWidth: se.scrollWidth, clientWidth: vw, culprits };
        }
        """);

    /// <summary>The sampled controls (<see cref="TapTargetSelector"/>) smaller than 44 × 44 px.
    /// A check box or radio button counts together with its label, which takes the tap for it;
    /// elements not drawn (hidden, inside a closed &lt;details&gt;, the visually-hidden labels, the
    /// skip link parked off screen until it has focus) are not targets.</summary>
    public static Task<string[]> SmallTapTargetsAsync(this IPage page, string selector = TapTargetSelector) => page.EvaluateAsync<string[]>(
        """
        ([selector, min]) => {
          const small = [];
          for (const el of new Set(document.querySelectorAll(selector))) {
            const style = getComputedStyle(el);
            let r = el.getBoundingClientRect();
            if (r.width < 2 || r.height < 2 || r.right <= 0 || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden') || !el.checkVisibility({ contentVisibilityAuto: true })) continue;
            let { left, top, right, bottom } = r;
            for (const label of el.labels ?? []) {
              const l = label.getBoundingClientRect();
              if (l.width === 0) continue;
              left = Math.min(left, l.left); top = Math.min(top, l.top); right = Math.max(right, l.right); bottom = Math.max(bottom, l.bottom);
            }
            const w = right - left, h = bottom - top;
            if (w + 0.5 < min || h + 0.5 < min) {
              const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.getAttribute('type') || '').trim().replace(/\s+/g, ' ').slice(0, 30);
              small.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + name + '" ' + Math.round(w) + '×' + Math.round(h));
            }
          }
          return small;
        }
        """, new object[] { selector, MinTarget });

    /// <summary>A class with setters, as Playwright fills evaluation results in.</summary>
    public sealed class Overflow
    {
        public int ScrollWidth { get; set; }

        public int ClientWidth { get; set; }

        public string[] Culprits { get; set; } = [];

        public bool ScrollsSideways => ScrollWidth > ClientWidth;

        public override string ToString() =>
            $"{ScrollWidth}px wide in a {ClientWidth}px viewport; sticking out: {string.Join("; ", Culprits)}";
    }
}
