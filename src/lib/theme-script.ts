/**
 * The one inline script: it applies the reader's saved theme before the first paint, so a dark
 * page never flashes light. Kept here as text so the layout inlines it and the security headers
 * allow exactly it by hash.
 */
export const THEME_SCRIPT =
	"try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
