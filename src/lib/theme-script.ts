/**
 * The one inline script, run before the first paint: it marks <html data-js> (global.css then
 * shows the controls that need scripts and hides the notices that say so, without a layout
 * shift) and applies the reader's saved theme, so a dark page never flashes light. Kept here as
 * text so the layout inlines it and the security headers allow exactly it by hash.
 */
export const THEME_SCRIPT =
	"var d=document.documentElement;d.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";
