//! The built-in types and exception classes, as class objects the program can see
//! (`int`, `list`, `ValueError`, ...), and `type_of` for any value.

use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::object::{ClassObj, DictViewKind, IterState, ObjBody};
use crate::runtime::value::Value;

macro_rules! builtin_types {
    ($($variant:ident = $name:literal : $base:ident),* $(,)?) => {
        /// Every built-in class, with its Python name and base class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum BuiltinType { $($variant),* }

        impl BuiltinType {
            pub const ALL: &'static [BuiltinType] = &[$(BuiltinType::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(BuiltinType::$variant => $name),* }
            }

            /// The base class (`Object` is its own base).
            pub fn base(self) -> BuiltinType {
                match self { $(BuiltinType::$variant => BuiltinType::$base),* }
            }
        }
    };
}

builtin_types! {
    Object = "object": Object,
    Type = "type": Object,
    NoneType = "NoneType": Object,
    Bool = "bool": Int,
    Int = "int": Object,
    Float = "float": Object,
    Str = "str": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Set = "set": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Iterator = "iterator": Object,
    MapIterator = "map": Iterator,
    FilterIterator = "filter": Iterator,
    ZipIterator = "zip": Iterator,
    EnumerateIterator = "enumerate": Iterator,
    ReversedIterator = "reversed": Iterator,
    ListReverseIterator = "list_reverseiterator": Iterator,
    ListIterator = "list_iterator": Iterator,
    TupleIterator = "tuple_iterator": Iterator,
    StrAsciiIterator = "str_ascii_iterator": Iterator,
    StrIterator = "str_iterator": Iterator,
    RangeIterator = "range_iterator": Iterator,
    LongRangeIterator = "longrange_iterator": Iterator,
    DictKeyIterator = "dict_keyiterator": Iterator,
    DictValueIterator = "dict_valueiterator": Iterator,
    DictItemIterator = "dict_itemiterator": Iterator,
    SetIterator = "set_iterator": Iterator,
    Generator = "generator": Object,
    Cell = "cell": Object,
    Module = "module": Object,
    DictKeys = "dict_keys": Object,
    DictValues = "dict_values": Object,
    DictItems = "dict_items": Object,
    BaseException = "BaseException": Object,
    Exception = "Exception": BaseException,
    ArithmeticError = "ArithmeticError": Exception,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    AttributeError = "AttributeError": Exception,
    RuntimeError = "RuntimeError": Exception,
    RecursionError = "RecursionError": RuntimeError,
    NotImplementedError = "NotImplementedError": RuntimeError,
    AssertionError = "AssertionError": Exception,
    StopIteration = "StopIteration": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    SystemExit = "SystemExit": BaseException,
    UnicodeError = "UnicodeError": ValueError,
    MemoryError = "MemoryError": Exception,
    // The rest of CPython's built-in exception hierarchy, for programs that raise,
    // catch or subclass them (Krait itself raises none of these).
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    OSError = "OSError": Exception,
    FileNotFoundError = "FileNotFoundError": OSError,
    FileExistsError = "FileExistsError": OSError,
    PermissionError = "PermissionError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    TimeoutError = "TimeoutError": OSError,
    InterruptedError = "InterruptedError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    BlockingIOError = "BlockingIOError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    EOFError = "EOFError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    GeneratorExit = "GeneratorExit": BaseException,
    ReferenceError = "ReferenceError": Exception,
    BufferError = "BufferError": Exception,
    SystemError = "SystemError": Exception,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    UserWarning = "UserWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    BytesWarning = "BytesWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    StaticMethod = "staticmethod": Object,
    ClassMethod = "classmethod": Object,
    Property = "property": Object,
    Super = "super": Object,
}

impl BuiltinType {
    pub fn is_exception(self) -> bool {
        let mut t = self;
        loop {
            if t == BuiltinType::BaseException {
                return true;
            }
            if t == BuiltinType::Object {
                return false;
            }
            t = t.base();
        }
    }

    /// Types whose names are builtins a program can refer to (`int`, `ValueError`).
    pub fn is_public(self) -> bool {
        !matches!(
            self,
            BuiltinType::NoneType
                | BuiltinType::Function
                | BuiltinType::BuiltinFunction
                | BuiltinType::Method
                | BuiltinType::Iterator
                | BuiltinType::MapIterator
                | BuiltinType::FilterIterator
                | BuiltinType::ZipIterator
                | BuiltinType::EnumerateIterator
                | BuiltinType::ReversedIterator
                | BuiltinType::ListReverseIterator
                | BuiltinType::ListIterator
                | BuiltinType::TupleIterator
                | BuiltinType::StrAsciiIterator
                | BuiltinType::StrIterator
                | BuiltinType::RangeIterator
                | BuiltinType::LongRangeIterator
                | BuiltinType::DictKeyIterator
                | BuiltinType::DictValueIterator
                | BuiltinType::DictItemIterator
                | BuiltinType::SetIterator
                | BuiltinType::Generator
                | BuiltinType::Cell
                | BuiltinType::Module
                | BuiltinType::DictKeys
                | BuiltinType::DictValues
                | BuiltinType::DictItems
                | BuiltinType::Super
        )
    }
}

/// The class objects of the built-in types, indexed by `BuiltinType as usize`.
pub struct TypeTable {
    classes: Vec<Value>,
}

impl TypeTable {
    pub fn new(heap: &mut crate::runtime::heap::Heap) -> TypeTable {
        let mut classes: Vec<Value> = Vec::with_capacity(BuiltinType::ALL.len());
        for &t in BuiltinType::ALL {
            // Bases are declared before the types that derive from them, except `bool`
            // (whose base `int` follows it); patch bases after creating all classes.
            let class = heap.alloc(ObjBody::Class(Box::new(ClassObj {
                name: t.name().into(),
                qualname: t.name().into(),
                base: Value::NONE,
                attrs: PyDict::new(),
                builtin: Some(t),
            })));
            classes.push(class);
        }
        for &t in BuiltinType::ALL {
            if t != BuiltinType::Object {
                let base = classes[t.base() as usize];
                if let ObjBody::Class(c) = &mut classes[t as usize].as_obj().expect("class").body {
                    c.base = base;
                }
            }
        }
        TypeTable { classes }
    }

    #[inline]
    pub fn class(&self, t: BuiltinType) -> Value {
        self.classes[t as usize]
    }

    pub fn all(&self) -> &[Value] {
        &self.classes
    }
}

impl Vm {
    /// The built-in type of a value's representation (instances of user classes
    /// report `Object`; exceptions report their nearest built-in exception class).
    pub fn builtin_type(&self, v: Value) -> BuiltinType {
        if v.is_small_int() {
            return BuiltinType::Int;
        }
        if v.is_float() {
            return BuiltinType::Float;
        }
        if v.is_bool() {
            return BuiltinType::Bool;
        }
        let Some(obj) = v.as_obj() else {
            return BuiltinType::NoneType;
        };
        match &obj.body {
            ObjBody::Str(_) => BuiltinType::Str,
            ObjBody::Int64(_) | ObjBody::BigInt(_) => BuiltinType::Int,
            ObjBody::List(_) => BuiltinType::List,
            ObjBody::Tuple(_) => BuiltinType::Tuple,
            ObjBody::Dict(_) => BuiltinType::Dict,
            ObjBody::Set(_) => BuiltinType::Set,
            ObjBody::Range(_) => BuiltinType::Range,
            ObjBody::Slice(_) => BuiltinType::Slice,
            ObjBody::Function(_) => BuiltinType::Function,
            ObjBody::Builtin(_) => BuiltinType::BuiltinFunction,
            ObjBody::BoundMethod(_) => BuiltinType::Method,
            ObjBody::Iter(it) => match &it.state {
                // Each iterator is of CPython's type for it; an exhausted one, and
                // one over `__getitem__`, is a plain `iterator`.
                IterState::Seq { seq, .. } => match seq.as_obj().map(|o| &o.body) {
                    Some(ObjBody::List(_)) => BuiltinType::ListIterator,
                    Some(ObjBody::Tuple(_)) => BuiltinType::TupleIterator,
                    _ => BuiltinType::StrAsciiIterator,
                },
                IterState::StrChars { .. } => BuiltinType::StrIterator,
                IterState::Range { .. } => BuiltinType::RangeIterator,
                IterState::WideRange(_) => BuiltinType::LongRangeIterator,
                IterState::Dict(d) => match (d.dict.as_obj().map(|o| &o.body), d.kind) {
                    (Some(ObjBody::Set(_)), _) => BuiltinType::SetIterator,
                    (_, DictViewKind::Keys) => BuiltinType::DictKeyIterator,
                    (_, DictViewKind::Values) => BuiltinType::DictValueIterator,
                    (_, DictViewKind::Items) => BuiltinType::DictItemIterator,
                },
                IterState::Map { .. } => BuiltinType::MapIterator,
                IterState::Filter { .. } => BuiltinType::FilterIterator,
                IterState::Zip { .. } => BuiltinType::ZipIterator,
                IterState::Enumerate { .. } => BuiltinType::EnumerateIterator,
                IterState::Reversed { seq, .. } => match seq.as_obj().map(|o| &o.body) {
                    Some(ObjBody::List(_)) => BuiltinType::ListReverseIterator,
                    Some(ObjBody::Range(_)) => BuiltinType::RangeIterator,
                    _ => BuiltinType::ReversedIterator,
                },
                _ => BuiltinType::Iterator,
            },
            ObjBody::Generator(_) => BuiltinType::Generator,
            ObjBody::Cell(_) => BuiltinType::Cell,
            ObjBody::Class(_) => BuiltinType::Type,
            ObjBody::Instance(_) => BuiltinType::Object,
            ObjBody::Exception(e) => self.nearest_builtin(e.class),
            ObjBody::Module(_) => BuiltinType::Module,
            ObjBody::DictView(v) => match v.kind {
                crate::runtime::object::DictViewKind::Keys => BuiltinType::DictKeys,
                crate::runtime::object::DictViewKind::Values => BuiltinType::DictValues,
                crate::runtime::object::DictViewKind::Items => BuiltinType::DictItems,
            },
        }
    }

    /// The first built-in class on `class`'s base chain.
    pub fn nearest_builtin(&self, class: Value) -> BuiltinType {
        let mut c = class;
        while let Some(obj) = c.as_obj() {
            let ObjBody::Class(cls) = &obj.body else {
                break;
            };
            if let Some(b) = cls.builtin {
                return b;
            }
            c = cls.base;
        }
        BuiltinType::Object
    }

    /// `type(v)` as a class object.
    pub fn type_of(&self, v: Value) -> Value {
        if let Some(obj) = v.as_obj() {
            match &obj.body {
                ObjBody::Instance(i) => return i.class,
                ObjBody::Exception(e) => return e.class,
                _ => {}
            }
        }
        self.types.class(self.builtin_type(v))
    }

    /// A bad argument's type as CPython's argument errors name it: `None` for None
    /// (`_PyArg_BadArgument`), else its type's name.
    pub fn arg_type_name(&self, v: Value) -> String {
        if v.is_none() {
            "None".to_owned()
        } else {
            self.type_name(v)
        }
    }

    /// `type(v).__name__`
    pub fn type_name(&self, v: Value) -> String {
        match self.type_of(v).as_obj().map(|o| &o.body) {
            Some(ObjBody::Class(c)) => c.name.to_string(),
            _ => "object".to_string(),
        }
    }

    /// Whether class `sub` is `sup` or derives from it.
    pub fn is_subclass(&self, sub: Value, sup: Value) -> bool {
        let mut c = sub;
        loop {
            if c == sup {
                return true;
            }
            match c.as_obj().map(|o| &o.body) {
                Some(ObjBody::Class(cls)) if !cls.base.is_none() && cls.base != c => c = cls.base,
                _ => return false,
            }
        }
    }

    pub fn isinstance_builtin(&self, v: Value, t: BuiltinType) -> bool {
        self.is_subclass(self.type_of(v), self.types.class(t))
    }
}
