// Shared checker for the held-out safety sets (v3, v4, ...): each set's check.cjs passes its own folder.
// Prints counts only, never text, because the sets are held out.
const fs=require("fs");const path=require("path");
module.exports=function checkSet(dir){const seen=new Set();let bad=0;
const count=(f,keys,allowed)=>{const c={};fs.readFileSync(path.join(dir,f),"utf8").split("\n").filter(Boolean).forEach((l,i)=>{let o;try{o=JSON.parse(l)}catch(e){bad++;console.log(f,i,"parse");return}
 if(Object.keys(o).length!==Object.keys(allowed).length){bad++;console.log(f,i,"keys")}
 for(const[k,a]of Object.entries(allowed)){if(a===null){if(typeof o[k]!=="string"){bad++;console.log(f,i,k)}}else if(!a.includes(o[k])){bad++;console.log(f,i,k)}}
 if(!o.text.trim())bad++; const n=o.text.toLowerCase().trim(); if(seen.has(n)){bad++;console.log("dup",f,i)} seen.add(n);
 c.total=(c.total||0)+1; for(const k of keys){c[k+":"+o[k]]=(c[k+":"+o[k]]||0)+1} if(o.context)c.withContext=(c.withContext||0)+1;
 if(o.category) {const x=o.category+"/"+o.lang; c[x]=(c[x]||0)+1}});console.log(f,JSON.stringify(c,null,0))};
count("risk.jsonl",["lang","category","style"],{text:null,lang:["en","es"],category:["suicidal_ideation","self_harm","harm_to_others","abuse_or_unsafe_home"],style:["explicit","indirect"],context:null});
count("figurative.jsonl",["lang","kind"],{text:null,lang:["en","es"],context:null,kind:["idiom","hyperbole","medical","grief","denial","other-safe"]});
console.log("bad",bad);return bad};
