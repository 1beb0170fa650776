//! `krait --dis`: a listing of every code object, one instruction per line.

use super::{CodeObject, Instr};
use crate::runtime::value::Value;
use std::fmt::Write;

/// Renders `code` as text. `repr` renders constants (the caller owns the heap).
pub fn disassemble(code: &CodeObject, repr: &mut dyn FnMut(Value) -> String) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "code {} ({:?}, {} registers, line {})",
        code.qualname, code.kind, code.nregs, code.first_line
    );
    if !code.reg_names.is_empty() {
        let names: Vec<String> = code
            .reg_names
            .iter()
            .map(|(r, n)| format!("R{r}={n}"))
            .collect();
        let _ = writeln!(out, "  locals: {}", names.join(" "));
    }
    for h in &code.handlers {
        let _ = writeln!(
            out,
            "  handler: {}..{} -> {} (exception in R{})",
            h.start, h.end, h.target, h.exc_reg
        );
    }
    let mut last_line = 0;
    for (pc, instr) in code.instrs.iter().enumerate() {
        let line = code.line_at(pc);
        let line_col = if line != last_line {
            format!("{line:>5}")
        } else {
            "     ".to_string()
        };
        last_line = line;
        let _ = write!(out, "{line_col} {pc:>5}  {instr:?}");
        let k = match *instr {
            Instr::LoadConst { k, .. } => Some(k),
            Instr::CallKw { names, .. } => Some(names),
            Instr::CallMethod { name, .. }
            | Instr::GetAttr { name, .. }
            | Instr::SetAttr { name, .. }
            | Instr::DelAttr { name, .. }
            | Instr::LoadName { name, .. }
            | Instr::StoreName { name, .. }
            | Instr::Import { name, .. }
            | Instr::ImportFrom { name, .. }
            | Instr::MakeClass { name, .. } => Some(name),
            _ => None,
        };
        if let Some(k) = k {
            if let Some(&v) = code.consts.get(k as usize) {
                let _ = write!(out, "    ; {}", repr(v));
            }
        }
        out.push('\n');
    }
    out
}
